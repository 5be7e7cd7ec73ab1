package app.limber.routine.domain;

/** Who is asking: the token's subject ({@code null} when anonymous) and whether they are an admin. */
public record Caller(String userId, boolean admin) {

    public static final Caller ANONYMOUS = new Caller(null, false);

    public boolean owns(String ownerId) {
        return userId != null && userId.equals(ownerId);
    }
}

package app.limber.platform.api;

/** Which page of a list a client asked for; {@link QueryParameters#page} reads it with its bounds. */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    /** Keeps {@code page × size} inside an int, and so inside every database's OFFSET. */
    public static final int MAX_PAGE = Integer.MAX_VALUE / MAX_SIZE;

    public PageRequest {
        if (page < 0 || page > MAX_PAGE || size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page " + page + " or size " + size + " out of range");
        }
    }

    public static PageRequest first() {
        return new PageRequest(0, DEFAULT_SIZE);
    }

    public long offset() {
        return (long) page * size;
    }
}

package app.limber.routine.domain;

/**
 * Whose plans a request touches ({@code ownerId}) and who asks: the owner themselves, or a coach acting for them,
 * who must hold the athlete's {@code assign-plans} grant.
 */
public record PlanActor(String ownerId, Caller caller, boolean viaCoach) {

    public static PlanActor self(Caller caller) {
        return new PlanActor(caller.userId(), caller, false);
    }

    public static PlanActor coachOf(String athleteId, Caller coach) {
        return new PlanActor(athleteId, coach, true);
    }

    public String actorId() {
        return caller.userId();
    }
}

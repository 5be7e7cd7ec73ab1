package app.limber.progress.api;

/** Descriptions of the error answers several operations share, so the OpenAPI document words each one way. */
final class ErrorDescriptions {

    static final String NO_TOKEN = "No valid bearer token";
    static final String UNKNOWN_PARAMETER = "errors[] names each query parameter the operation does not know";
    static final String NOT_ANALYST = "Neither analyst nor admin";
    static final String NOT_COACH = "Not a coach";
    static final String NO_ATHLETE = "No such athlete, or one who has not granted you view-progress (or revoked it): "
            + "both answer alike";
    static final String CALENDAR_PARAMETERS = "errors[] names each bad parameter: a date that is not yyyy-MM-dd "
            + "or lies outside 1970-01-01..9999-12-31, 'to' before 'from', a range over 366 days, or an unknown parameter";
    static final String ANALYTICS_PARAMETERS = "errors[] names each bad parameter: routineId not a UUID, a date "
            + "that is not yyyy-MM-dd or lies outside 1970-01-01..9999-12-31, 'to' before 'from', more than 106 weeks "
            + "from the week of 'from' to the week of 'to'";
    static final String ANALYSIS_PARAMETERS = "errors[] names each bad parameter: routineId not a UUID, a date "
            + "that is not yyyy-MM-dd or lies outside 1970-01-01..9999-12-31, 'to' before 'from', more than 53 weeks "
            + "from the week of 'from' to the week of 'to', or an unknown parameter";

    static final String WEEKS_PARAMETERS = "errors[] names each bad parameter: a date that is not yyyy-MM-dd or lies "
            + "outside 1970-01-01..9999-12-31, 'to' before 'from', more than 53 weeks from the week of 'from' to the "
            + "week of 'to', or an unknown parameter";

    private ErrorDescriptions() {
    }
}

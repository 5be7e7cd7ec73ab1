package app.limber.catalog.service;

/** A write the catalog refuses, for a reason the client can act on. */
public class CatalogException extends RuntimeException {

    public enum Reason {
        /** No exercise has this slug. */
        NOT_FOUND,
        /** POST with a slug that is taken, by a live or a retired exercise. */
        SLUG_TAKEN,
        /** If-Match names another version than the current one. */
        STALE_VERSION,
        /** A retired exercise cannot be edited. */
        RETIRED
    }

    private final Reason reason;

    public CatalogException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}

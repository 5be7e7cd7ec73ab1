package app.limber.web.client;

/** The three services the pages are built from. */
public enum Service {
    CATALOG, ROUTINE, PROGRESS
}

package app.limber.platform.api;

/** A report that an operation also answers as {@code text/csv}, one row per line of its JSON answer. */
public interface CsvReport {

    CsvTable csv();
}

package app.limber.bench.report;

/** A problem with a run directory, said in one line that names the file and, where it helps, the line. */
final class ReportException extends RuntimeException {

    ReportException(String message) {
        super(message);
    }
}

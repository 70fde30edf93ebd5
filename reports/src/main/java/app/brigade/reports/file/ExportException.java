package app.brigade.reports.file;

/** An export that could not be written, with a message that says what to do. Nothing was replaced. */
public final class ExportException extends Exception {

    public ExportException(String message) {
        super(message);
    }

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}

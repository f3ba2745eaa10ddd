package xiaokang.reports;

/** A report that could not be rendered; the message says why in the user's language. */
public class ReportException extends Exception {

    public ReportException(String message) {
        super(message);
    }

    public ReportException(String message, Throwable cause) {
        super(message, cause);
    }
}

package xiaokang.monitoring;

/** A step of a monitored household or a warning that is not allowed now; the message says why, in the user's language. */
public final class StepRefusedException extends Exception {

    private static final long serialVersionUID = 1L;

    public StepRefusedException(String message) {
        super(message);
    }
}

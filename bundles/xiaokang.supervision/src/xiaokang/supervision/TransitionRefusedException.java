package xiaokang.supervision;

/** A lifecycle step that is not allowed now; the message says why, in the user's language. */
public final class TransitionRefusedException extends Exception {

    private static final long serialVersionUID = 1L;

    public TransitionRefusedException(String message) {
        super(message);
    }
}

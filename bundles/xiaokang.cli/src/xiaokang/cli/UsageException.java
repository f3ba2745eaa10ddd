package xiaokang.cli;

/** Thrown by a {@link CliCommand} whose arguments are wrong; the message says which and why. */
public class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}

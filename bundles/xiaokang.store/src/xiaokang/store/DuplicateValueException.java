package xiaokang.store;

/**
 * A save would have stored a value that a unique attribute holds already (a household number, a
 * problem number another desk took a moment earlier). Nothing of the save was written.
 */
public class DuplicateValueException extends StoreException {

    private static final long serialVersionUID = 1L;

    public DuplicateValueException(String message, Throwable cause) {
        super(message, cause);
    }
}

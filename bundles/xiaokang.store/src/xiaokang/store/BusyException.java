package xiaokang.store;

/**
 * A save met another desk's save on the same rows and could not wait for it (a lock timeout or a
 * deadlock Derby broke by choosing this one). Nothing of the save was written; trying again in a
 * new session usually succeeds.
 */
public class BusyException extends StoreException {

    private static final long serialVersionUID = 1L;

    public BusyException(String message, Throwable cause) {
        super(message, cause);
    }
}

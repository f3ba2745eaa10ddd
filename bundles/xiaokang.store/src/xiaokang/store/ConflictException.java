package xiaokang.store;

import org.eclipse.emf.ecore.EObject;

/**
 * A save found that someone else changed or deleted an object since it was loaded. Nothing of
 * the save was written.
 */
public class ConflictException extends StoreException {

    private static final long serialVersionUID = 1L;

    private final transient EObject object;

    public ConflictException(String message, EObject object) {
        super(message);
        this.object = object;
    }

    /** The object whose stored version is newer than the one loaded. */
    public EObject object() {
        return object;
    }
}

package xiaokang.supervision.ui.internal;

import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

import xiaokang.store.Store;

/** A stored problem to edit: the store and its id; the editor reads it in its own session. */
public final class ProblemEditorInput implements IEditorInput {

    private final Store store;
    private final long id;
    private final String number;

    public ProblemEditorInput(Store store, long id, String number) {
        this.store = store;
        this.id = id;
        this.number = number;
    }

    Store store() {
        return store;
    }

    long id() {
        return id;
    }

    @Override
    public boolean exists() {
        return false;
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return ImageDescriptor.getMissingImageDescriptor();
    }

    @Override
    public String getName() {
        return number;
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return number;
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProblemEditorInput input && input.store == store && input.id == id;
    }

    @Override
    public int hashCode() {
        return Objects.hash(System.identityHashCode(store), id);
    }
}

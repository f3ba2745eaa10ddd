package xiaokang.core.ui.internal;

import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

import xiaokang.store.Store;

/** A stored household to edit: the store and its id. The editor reads it in its own session. */
public final class HouseholdEditorInput implements IEditorInput {

    private final Store store;
    private final long id;
    private final String name;

    public HouseholdEditorInput(Store store, long id, String name) {
        this.store = store;
        this.id = id;
        this.name = name;
    }

    public Store store() {
        return store;
    }

    public long id() {
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
        return name;
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return name;
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return null;
    }

    /** One editor per household and database. */
    @Override
    public boolean equals(Object other) {
        return other instanceof HouseholdEditorInput input && input.id == id && input.store == store;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, System.identityHashCode(store));
    }
}

package xiaokang.core.ui;

import java.util.Objects;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

import xiaokang.store.Store;

/** A stored object to edit: the store, its class and id, and the name its editor tab shows. */
public final class StoredObjectInput implements IEditorInput {

    private final Store store;
    private final EClass type;
    private final long id;
    private final String name;

    public StoredObjectInput(Store store, EClass type, long id, String name) {
        this.store = store;
        this.type = type;
        this.id = id;
        this.name = name;
    }

    public Store store() {
        return store;
    }

    public EClass type() {
        return type;
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

    @Override
    public boolean equals(Object other) {
        return other instanceof StoredObjectInput input && input.store == store && input.id == id;
    }

    @Override
    public int hashCode() {
        return Objects.hash(System.identityHashCode(store), id);
    }
}

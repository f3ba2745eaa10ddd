package xiaokang.core.ui;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

import xiaokang.store.Session;
import xiaokang.store.Store;
import xiaokang.store.StoreException;

/**
 * A stored object to edit: the store, its class and id, and the name its editor tab shows; or a
 * new record of a class to create ({@link #newRecord}), with the records it starts out referring
 * to and, for a class that lives in another record's list, that record.
 */
public final class StoredObjectInput implements IEditorInput {

    private static final AtomicLong NEW = new AtomicLong();

    private final Store store;
    private final EClass type;
    private final long id;
    private final String name;
    private final Map<EReference, Long> presets;
    private final EReference containment;
    private final long containerId;

    public StoredObjectInput(Store store, EClass type, long id, String name) {
        this(store, type, id, name, Map.of(), null, -1);
    }

    private StoredObjectInput(Store store, EClass type, long id, String name, Map<EReference, Long> presets, EReference containment,
            long containerId) {
        this.store = store;
        this.type = type;
        this.id = id;
        this.name = name;
        this.presets = presets;
        this.containment = containment;
        this.containerId = containerId;
    }

    /**
     * A record of {@code type} to create, saved as a record of its own; it starts out referring to
     * the stored records {@code presets} name by id (an enrolment's pupil).
     */
    public static StoredObjectInput newRecord(Store store, EClass type, String name, Map<EReference, Long> presets) {
        return new StoredObjectInput(store, type, -NEW.incrementAndGet(), name, presets, null, -1);
    }

    /** A record of {@code containment}'s type to create in the list {@code containment} of the stored record {@code containerId}. */
    public static StoredObjectInput newRecordIn(Store store, EReference containment, long containerId, String name) {
        return new StoredObjectInput(store, containment.getEReferenceType(), -NEW.incrementAndGet(), name, Map.of(), containment,
                containerId);
    }

    /** Whether the input asks for a new record. */
    public boolean isNew() {
        return id < 0;
    }

    /** Makes the new record in {@code session}, in its container's list or to be stored on its own. */
    EObject create(Session session) throws StoreException {
        EObject created = EcoreUtil.create(type);
        for (Map.Entry<EReference, Long> preset : presets.entrySet()) {
            created.eSet(preset.getKey(), session.get(preset.getKey().getEReferenceType(), preset.getValue()));
        }
        if (containment == null) {
            session.add(created);
        } else {
            EObject container = session.get(containment.getEContainingClass(), containerId);
            if (container == null) {
                return null;
            }
            session.children(container, containment);
            if (containment.isMany()) {
                @SuppressWarnings("unchecked")
                List<EObject> list = (List<EObject>) container.eGet(containment);
                list.add(created);
            } else {
                container.eSet(containment, created);
            }
        }
        return created;
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

package xiaokang.store.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * What the store knows of a loaded object: its row id and version, the stored values it was
 * loaded with (to find what changed), and which containment lists have been read.
 */
final class StoreState extends AdapterImpl {

    final long id;
    final ClassTable table;
    int version;
    /** Stored value per column or list feature: attribute values, ids of references, lists. */
    final Map<EStructuralFeature, Object> stored = new HashMap<>();
    long containerId;
    int position;
    final Set<EReference> loadedContainments = new HashSet<>();
    /** Ids of the children each loaded containment list held when stored. */
    final Map<EReference, List<Long>> storedChildren = new HashMap<>();
    /** Per containment list not read: the place after its last stored object, once asked for. */
    final Map<EReference, Integer> appendAfter = new HashMap<>();

    StoreState(long id, ClassTable table, int version) {
        this.id = id;
        this.table = table;
        this.version = version;
    }

    @Override
    public boolean isAdapterForType(Object type) {
        return type == StoreState.class;
    }

    static StoreState of(EObject object) {
        for (Object adapter : object.eAdapters()) {
            if (adapter instanceof StoreState state) {
                return state;
            }
        }
        return null;
    }

    void markLoaded(EReference containment, List<Long> childIds) {
        loadedContainments.add(containment);
        storedChildren.put(containment, new ArrayList<>(childIds));
        appendAfter.remove(containment);
    }

    /** The list's objects have been let go of: it is not read, and its end is to be asked again. */
    void markReleased(EReference containment) {
        loadedContainments.remove(containment);
        storedChildren.remove(containment);
        appendAfter.remove(containment);
    }
}

package xiaokang.core.ui.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

import xiaokang.core.model.City;
import xiaokang.core.model.CorePackage;
import xiaokang.core.model.Township;
import xiaokang.core.model.Village;
import xiaokang.data.CountyOutline;
import xiaokang.data.FindingSources;
import xiaokang.store.Session;
import xiaokang.store.Store;
import xiaokang.store.StoreException;

/**
 * What the navigator shows, read from the store as the user opens it: the city, then a
 * township's villages, then a village's households; and the figures of {@link CountyOutline}.
 */
final class CountyContent implements AutoCloseable {

    private final Store store;
    private final Session session;
    private final City city;
    private final Map<Long, Integer> childCounts;
    /** Households needing attention, counted per township and village, and 1 for each such household. */
    private final Map<Long, Integer> failing;

    CountyContent(Store store, FindingSources sources) throws StoreException {
        this.store = store;
        this.session = store.openSession(System.getProperty("user.name")); //$NON-NLS-1$
        List<City> cities = session.roots(CorePackage.Literals.CITY);
        this.city = cities.isEmpty() ? null : cities.get(0);
        try (Connection connection = store.connect()) {
            childCounts = CountyOutline.childCounts(connection);
            failing = CountyOutline.needingAttention(connection, sources, LocalDate.now());
        } catch (SQLException e) {
            throw new StoreException(e.getMessage(), e);
        }
    }

    /** The ids of the townships and villages whose name contains {@code text}, and of every village of a township that does. */
    Set<Long> matching(String text) throws StoreException {
        try (Connection connection = store.connect()) {
            return CountyOutline.placesNamed(connection, text);
        } catch (SQLException e) {
            throw new StoreException(e.getMessage(), e);
        }
    }

    /** How many households below (or for a household: 1 if it) fail a check in their latest assessment. */
    int failingCount(EObject object) {
        return failing.getOrDefault(session.id(object), 0);
    }

    /** The city, or null when the database holds none yet. */
    City city() {
        return city;
    }

    Store store() {
        return store;
    }

    /** The stored id of an object the navigator shows. */
    long id(EObject object) {
        return session.id(object);
    }

    int childCount(EObject object) {
        return childCounts.getOrDefault(session.id(object), 0);
    }

    List<? extends EObject> children(EObject parent) throws StoreException {
        EReference reference = childReference(parent);
        return reference == null ? List.of() : session.children(parent, reference);
    }

    static boolean hasChildren(EObject object) {
        return childReference(object) != null;
    }

    private static EReference childReference(EObject parent) {
        if (parent instanceof City) {
            return CorePackage.Literals.CITY__TOWNSHIPS;
        }
        if (parent instanceof Township) {
            return CorePackage.Literals.TOWNSHIP__VILLAGES;
        }
        if (parent instanceof Village) {
            return CorePackage.Literals.VILLAGE__HOUSEHOLDS;
        }
        return null;
    }

    @Override
    public void close() throws StoreException {
        session.close();
    }
}

package xiaokang.core.ui.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

import xiaokang.core.model.City;
import xiaokang.core.model.CorePackage;
import xiaokang.core.model.Township;
import xiaokang.core.model.Village;
import xiaokang.data.FindingSource;
import xiaokang.data.FindingSources;
import xiaokang.store.Session;
import xiaokang.store.Store;
import xiaokang.store.StoreException;

/**
 * What the navigator shows, read from the store as the user opens it: the city, then a
 * township's villages, then a village's households; and how many each holds, counted in SQL once
 * so that labels have counts before anything is opened.
 */
final class CountyContent implements AutoCloseable {

    private final Store store;
    private final Session session;
    private final City city;
    private final Map<Long, Integer> childCounts = new HashMap<>();
    /** Households whose latest assessment fails a check, counted per township and village, and their ids. */
    private final Map<Long, Integer> failing = new HashMap<>();

    CountyContent(Store store) throws StoreException {
        this.store = store;
        this.session = store.openSession(System.getProperty("user.name")); //$NON-NLS-1$
        List<City> cities = session.roots(CorePackage.Literals.CITY);
        this.city = cities.isEmpty() ? null : cities.get(0);
        try (Connection connection = store.connect(); Statement statement = connection.createStatement()) {
            count(statement, "SELECT CITY_ID, COUNT(*) FROM CORE.TOWNSHIP GROUP BY CITY_ID"); //$NON-NLS-1$
            count(statement, "SELECT TOWNSHIP_ID, COUNT(*) FROM CORE.VILLAGE GROUP BY TOWNSHIP_ID"); //$NON-NLS-1$
            count(statement, "SELECT VILLAGE_ID, COUNT(*) FROM CORE.HOUSEHOLD GROUP BY VILLAGE_ID"); //$NON-NLS-1$
            countFailing(connection, statement);
        } catch (SQLException e) {
            throw new StoreException(e.getMessage(), e);
        }
    }

    private void count(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                childCounts.put(rows.getLong(1), rows.getInt(2));
            }
        }
    }

    /**
     * Households whose latest assessment fails a check, and those another plug-in finds something
     * about ({@link FindingSources}, e.g. an open problem of the supervision ledger).
     */
    private void countFailing(Connection connection, Statement statement) throws SQLException {
        Set<Long> households = new HashSet<>();
        // Joins only: an IN or EXISTS subquery here makes Derby re-run it for every household (minutes, not a second).
        try (ResultSet rows = statement.executeQuery("SELECT DISTINCT A.HOUSEHOLD_ID FROM CORE.ASSESSMENT A " //$NON-NLS-1$
                + "JOIN (SELECT HOUSEHOLD_ID, MAX(DATE_) AS LATEST FROM CORE.ASSESSMENT GROUP BY HOUSEHOLD_ID) L " //$NON-NLS-1$
                + "ON L.HOUSEHOLD_ID = A.HOUSEHOLD_ID AND A.DATE_ = L.LATEST " //$NON-NLS-1$
                + "JOIN CORE.CHECK_RESULT R ON R.ASSESSMENT_ID = A.ID AND NOT R.PASSED")) { //$NON-NLS-1$
            while (rows.next()) {
                households.add(rows.getLong(1));
            }
        }
        FindingSources.all(connection, LocalDate.now()).stream().filter(FindingSource.Finding::aboutHousehold)
                .forEach(finding -> households.add(finding.householdId()));
        try (ResultSet rows = statement.executeQuery("SELECT H.ID, H.VILLAGE_ID, V.TOWNSHIP_ID FROM CORE.HOUSEHOLD H " //$NON-NLS-1$
                + "JOIN CORE.VILLAGE V ON H.VILLAGE_ID = V.ID")) { //$NON-NLS-1$
            while (rows.next()) {
                if (households.contains(rows.getLong(1))) {
                    failing.put(rows.getLong(1), 1);
                    failing.merge(rows.getLong(2), 1, Integer::sum);
                    failing.merge(rows.getLong(3), 1, Integer::sum);
                }
            }
        }
    }

    /** The ids of the townships and villages whose name contains {@code text}, and of every village of a township that does. */
    Set<Long> matching(String text) throws StoreException {
        Set<Long> ids = new HashSet<>();
        try (Connection connection = store.connect();
                PreparedStatement query = connection.prepareStatement("SELECT V.ID, T.ID, T.NAME, V.NAME FROM CORE.VILLAGE V " //$NON-NLS-1$
                        + "JOIN CORE.TOWNSHIP T ON V.TOWNSHIP_ID = T.ID WHERE T.NAME LIKE ? ESCAPE '\\' OR V.NAME LIKE ? ESCAPE '\\'")) { //$NON-NLS-1$
            String pattern = '%' + text.replace("%", "\\%").replace("_", "\\_") + '%'; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            query.setString(1, pattern);
            query.setString(2, pattern);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                    ids.add(rows.getLong(2));
                }
            }
        } catch (SQLException e) {
            throw new StoreException(e.getMessage(), e);
        }
        return ids;
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

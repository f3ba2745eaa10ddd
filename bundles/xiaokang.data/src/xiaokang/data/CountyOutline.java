package xiaokang.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What the county's outline (the navigator) shows besides the places themselves, each counted in
 * one query so that labels have their figures before anything is opened.
 */
public final class CountyOutline {

    private CountyOutline() {
    }

    /** How many townships the city, villages each township and households each village holds, by the stored id of the place. */
    public static Map<Long, Integer> childCounts(Connection connection) throws SQLException {
        Map<Long, Integer> counts = new HashMap<>();
        try (Statement statement = connection.createStatement()) {
            count(statement, "SELECT CITY_ID, COUNT(*) FROM CORE.TOWNSHIP GROUP BY CITY_ID", counts); //$NON-NLS-1$
            count(statement, "SELECT TOWNSHIP_ID, COUNT(*) FROM CORE.VILLAGE GROUP BY TOWNSHIP_ID", counts); //$NON-NLS-1$
            count(statement, "SELECT VILLAGE_ID, COUNT(*) FROM CORE.HOUSEHOLD GROUP BY VILLAGE_ID", counts); //$NON-NLS-1$
        }
        return counts;
    }

    private static void count(Statement statement, String sql, Map<Long, Integer> counts) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                counts.put(rows.getLong(1), rows.getInt(2));
            }
        }
    }

    /**
     * Households that need attention, counted per township and village (and 1 for each such household),
     * by stored id: those whose latest assessment fails a check, and those an installed plug-in finds
     * something about on {@code day} ({@code sources}, e.g. an open problem of the supervision ledger).
     */
    public static Map<Long, Integer> needingAttention(Connection connection, FindingSources sources, LocalDate day)
            throws SQLException {
        Set<Long> households = new HashSet<>();
        Map<Long, Integer> counts = new HashMap<>();
        try (Statement statement = connection.createStatement()) {
            // Joins only: an IN or EXISTS subquery here makes Derby re-run it for every household (minutes, not a second).
            try (ResultSet rows = statement.executeQuery("SELECT DISTINCT A.HOUSEHOLD_ID FROM CORE.ASSESSMENT A " //$NON-NLS-1$
                    + "JOIN (SELECT HOUSEHOLD_ID, MAX(DATE_) AS LATEST FROM CORE.ASSESSMENT GROUP BY HOUSEHOLD_ID) L " //$NON-NLS-1$
                    + "ON L.HOUSEHOLD_ID = A.HOUSEHOLD_ID AND A.DATE_ = L.LATEST " //$NON-NLS-1$
                    + "JOIN CORE.CHECK_RESULT R ON R.ASSESSMENT_ID = A.ID AND NOT R.PASSED")) { //$NON-NLS-1$
                while (rows.next()) {
                    households.add(rows.getLong(1));
                }
            }
            sources.all(connection, day).stream().filter(FindingSource.Finding::aboutHousehold)
                    .forEach(finding -> households.add(finding.householdId()));
            try (ResultSet rows = statement.executeQuery("SELECT H.ID, H.VILLAGE_ID, V.TOWNSHIP_ID FROM CORE.HOUSEHOLD H " //$NON-NLS-1$
                    + "JOIN CORE.VILLAGE V ON H.VILLAGE_ID = V.ID")) { //$NON-NLS-1$
                while (rows.next()) {
                    if (households.contains(rows.getLong(1))) {
                        counts.put(rows.getLong(1), 1);
                        counts.merge(rows.getLong(2), 1, Integer::sum);
                        counts.merge(rows.getLong(3), 1, Integer::sum);
                    }
                }
            }
        }
        return counts;
    }

    /** The stored ids of the townships and villages whose name contains {@code text}, and of every village of a township that does. */
    public static Set<Long> placesNamed(Connection connection, String text) throws SQLException {
        Set<Long> ids = new HashSet<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT V.ID, T.ID FROM CORE.VILLAGE V " //$NON-NLS-1$
                + "JOIN CORE.TOWNSHIP T ON V.TOWNSHIP_ID = T.ID WHERE T.NAME LIKE ? ESCAPE '\\' OR V.NAME LIKE ? ESCAPE '\\'")) { //$NON-NLS-1$
            String pattern = '%' + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + '%'; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            query.setString(1, pattern);
            query.setString(2, pattern);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                    ids.add(rows.getLong(2));
                }
            }
        }
        return ids;
    }
}

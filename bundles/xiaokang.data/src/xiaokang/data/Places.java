package xiaokang.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the township and village editors show besides a place's own facts: its figures (households
 * by status, people, villages), who answers for it, and its villages or households, read with SQL.
 */
public final class Places {

    /** A place's figures; {@code villages} and {@code poorVillages} are 1 or 0 for a village. */
    public record Figures(Map<String, Integer> householdsByStatus, int households, int registered, int people, int villages,
            int poorVillages, int exitedVillages) {
    }

    /** Who answers for a place: the city leader of a township; a village's support unit and resident work team. */
    public record Responsibility(String leader, String supportUnit, String teamLeader, int teamSize, String teamUnit) {
    }

    /** A village of a township, or a household of a village, as a row of the editor's list. */
    public record Child(long id, String name, String status, String detail, int count) {
    }

    private static final String HOUSEHOLD_SCOPE_TOWNSHIP = "JOIN CORE.VILLAGE V ON H.VILLAGE_ID = V.ID WHERE V.TOWNSHIP_ID = ?"; //$NON-NLS-1$
    private static final String HOUSEHOLD_SCOPE_VILLAGE = "WHERE H.VILLAGE_ID = ?"; //$NON-NLS-1$

    private Places() {
    }

    public static Figures township(Connection connection, long id) throws SQLException {
        int[] villages = ints(connection, "SELECT COUNT(*), COALESCE(SUM(CASE WHEN POOR THEN 1 ELSE 0 END), 0)," //$NON-NLS-1$
                + " COALESCE(SUM(CASE WHEN POOR AND YEAR_EXITED IS NOT NULL THEN 1 ELSE 0 END), 0) FROM CORE.VILLAGE WHERE TOWNSHIP_ID = ?", id, 3);
        return figures(connection, HOUSEHOLD_SCOPE_TOWNSHIP, id, villages);
    }

    public static Figures village(Connection connection, long id) throws SQLException {
        int[] village = ints(connection, "SELECT 1, CASE WHEN POOR THEN 1 ELSE 0 END," //$NON-NLS-1$
                + " CASE WHEN POOR AND YEAR_EXITED IS NOT NULL THEN 1 ELSE 0 END FROM CORE.VILLAGE WHERE ID = ?", id, 3);
        return figures(connection, HOUSEHOLD_SCOPE_VILLAGE, id, village);
    }

    private static Figures figures(Connection connection, String scope, long id, int[] villages) throws SQLException {
        Map<String, Integer> byStatus = new LinkedHashMap<>();
        int households = 0;
        int registered = 0;
        try (PreparedStatement query = connection.prepareStatement("SELECT H.STATUS, COUNT(*), SUM(CASE WHEN H.REGISTERED THEN 1 ELSE 0 END)" //$NON-NLS-1$
                + " FROM CORE.HOUSEHOLD H " + scope + " GROUP BY H.STATUS ORDER BY H.STATUS")) { //$NON-NLS-1$ //$NON-NLS-2$
            query.setLong(1, id);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    byStatus.put(rows.getString(1), rows.getInt(2));
                    households += rows.getInt(2);
                    registered += rows.getInt(3);
                }
            }
        }
        int people = ints(connection, "SELECT COUNT(*) FROM CORE.PERSON P JOIN CORE.HOUSEHOLD H ON P.HOUSEHOLD_ID = H.ID " + scope, id, 1)[0]; //$NON-NLS-1$
        return new Figures(byStatus, households, registered, people, villages[0], villages[1], villages[2]);
    }

    public static Responsibility townshipResponsibility(Connection connection, long id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT L.NAME, L.TITLE FROM CORE.TOWNSHIP T" //$NON-NLS-1$
                + " LEFT JOIN CORE.CITY_LEADER L ON T.LEADER_ID = L.ID WHERE T.ID = ?")) { //$NON-NLS-1$
            query.setLong(1, id);
            try (ResultSet rows = query.executeQuery()) {
                String leader = rows.next() && rows.getString(1) != null
                        ? rows.getString(1) + (rows.getString(2) == null ? "" : ' ' + rows.getString(2)) //$NON-NLS-1$
                        : null;
                return new Responsibility(leader, null, null, 0, null);
            }
        }
    }

    public static Responsibility villageResponsibility(Connection connection, long id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT U.NAME, W.LEADER_NAME, W.SIZE, WU.NAME FROM CORE.VILLAGE V" //$NON-NLS-1$
                + " LEFT JOIN CORE.WORK_UNIT U ON V.SUPPORT_UNIT_ID = U.ID LEFT JOIN CORE.WORK_TEAM W ON W.VILLAGE_ID = V.ID" //$NON-NLS-1$
                + " LEFT JOIN CORE.WORK_UNIT WU ON W.UNIT_ID = WU.ID WHERE V.ID = ?")) { //$NON-NLS-1$
            query.setLong(1, id);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? new Responsibility(null, rows.getString(1), rows.getString(2), rows.getInt(3), rows.getString(4))
                        : new Responsibility(null, null, null, 0, null);
            }
        }
    }

    /** A township's villages: name, poor or not, the year it exited, households. */
    public static List<Child> villages(Connection connection, long townshipId) throws SQLException {
        return children(connection, "SELECT V.ID, V.NAME, CASE WHEN V.POOR THEN 'POOR' ELSE '' END, V.YEAR_EXITED," //$NON-NLS-1$
                + " (SELECT COUNT(*) FROM CORE.HOUSEHOLD H WHERE H.VILLAGE_ID = V.ID) FROM CORE.VILLAGE V WHERE V.TOWNSHIP_ID = ? ORDER BY V.CODE, V.ID", //$NON-NLS-1$
                townshipId);
    }

    /** A village's households: number, status, the head's name, members. */
    public static List<Child> households(Connection connection, long villageId) throws SQLException {
        return children(connection, "SELECT H.ID, H.NUMBER, H.STATUS, MIN(CASE WHEN P.RELATION = 'HEAD' THEN P.NAME END), COUNT(P.ID)" //$NON-NLS-1$
                + " FROM CORE.HOUSEHOLD H LEFT JOIN CORE.PERSON P ON P.HOUSEHOLD_ID = H.ID WHERE H.VILLAGE_ID = ?" //$NON-NLS-1$
                + " GROUP BY H.ID, H.NUMBER, H.STATUS ORDER BY H.NUMBER", villageId); //$NON-NLS-1$
    }

    private static List<Child> children(Connection connection, String sql, long id) throws SQLException {
        List<Child> children = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setLong(1, id);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    children.add(new Child(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4), rows.getInt(5)));
                }
            }
        }
        return children;
    }

    private static int[] ints(Connection connection, String sql, long id, int columns) throws SQLException {
        int[] values = new int[columns];
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setLong(1, id);
            try (ResultSet rows = query.executeQuery()) {
                if (rows.next()) {
                    for (int i = 0; i < columns; i++) {
                        values[i] = rows.getInt(i + 1);
                    }
                }
            }
        }
        return values;
    }
}

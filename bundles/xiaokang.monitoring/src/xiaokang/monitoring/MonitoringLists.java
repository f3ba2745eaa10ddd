package xiaokang.monitoring;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import xiaokang.monitoring.model.HowFound;
import xiaokang.monitoring.model.MonitoringCategory;
import xiaokang.monitoring.model.MonitoringStage;
import xiaokang.monitoring.model.RiskType;
import xiaokang.monitoring.model.WarningKind;
import xiaokang.monitoring.model.WarningStatus;

/** The warnings and the monitored households as lists, each in one query, for views and pages. */
public final class MonitoringLists {

    private static final String PLACE = """
            JOIN CORE.HOUSEHOLD H ON X.HOUSEHOLD_ID = H.ID JOIN CORE.VILLAGE V ON H.VILLAGE_ID = V.ID
            JOIN CORE.TOWNSHIP T ON V.TOWNSHIP_ID = T.ID
            LEFT JOIN CORE.PERSON P ON P.HOUSEHOLD_ID = H.ID AND P.RELATION = 'HEAD'"""; //$NON-NLS-1$

    private static final String WARNINGS = """
            SELECT X.ID, X.HOUSEHOLD_ID, H.NUMBER, P.NAME, T.ID, T.NAME, V.NAME, X.KIND, X.YEAR_, X.RAISED_ON, X.REASON,
              X.VISIT_BY, X.DECIDE_BY, X.STATUS, X.HANDLED_BY, X.NOTE
            FROM MONITORING.WARNING X\s""" + PLACE; //$NON-NLS-1$

    private static final String MONITORED = """
            SELECT X.ID, X.HOUSEHOLD_ID, H.NUMBER, P.NAME, T.ID, T.NAME, V.NAME, X.CATEGORY, X.FOUND_ON, X.FOUND_BY, X.STAGE,
              X.STAGE_DUE,
              (SELECT COUNT(*) FROM MONITORING.HELP_MEASURE M WHERE M.MONITORED_HOUSEHOLD_ID = X.ID),
              (SELECT COUNT(*) FROM MONITORING.HELP_MEASURE M WHERE M.MONITORED_HOUSEHOLD_ID = X.ID AND M.GIVEN_ON IS NOT NULL)
            FROM MONITORING.MONITORED_HOUSEHOLD X\s""" + PLACE; //$NON-NLS-1$

    private static final String RISKS = "SELECT R.OWNER_ID, R.ITEM FROM MONITORING.MONITORED_HOUSEHOLD_RISKS R"; //$NON-NLS-1$

    private MonitoringLists() {
    }

    /** Every warning, the earliest decision day first. */
    public static List<WarningEntry> warnings(Connection connection) throws SQLException {
        return warnings(connection, " ORDER BY X.DECIDE_BY, X.ID", null); //$NON-NLS-1$
    }

    /** The warnings of one household, the latest first. */
    public static List<WarningEntry> warningsOf(Connection connection, long householdId) throws SQLException {
        return warnings(connection, " WHERE X.HOUSEHOLD_ID = ? ORDER BY X.RAISED_ON DESC, X.ID DESC", householdId); //$NON-NLS-1$
    }

    /** Every monitored household, the earliest due step first. */
    public static List<MonitoredEntry> monitored(Connection connection) throws SQLException {
        return monitored(connection, " ORDER BY X.STAGE_DUE, X.ID", null); //$NON-NLS-1$
    }

    /** The identifications and monitorings of one household, the latest first. */
    public static List<MonitoredEntry> monitoredOf(Connection connection, long householdId) throws SQLException {
        return monitored(connection, " WHERE X.HOUSEHOLD_ID = ? ORDER BY X.FOUND_ON DESC, X.ID DESC", householdId); //$NON-NLS-1$
    }

    private static List<WarningEntry> warnings(Connection connection, String tail, Long householdId) throws SQLException {
        List<WarningEntry> entries = new ArrayList<>();
        try (PreparedStatement query = prepare(connection, WARNINGS + tail, householdId); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                entries.add(new WarningEntry(rows.getLong(1), rows.getLong(2), rows.getString(3), rows.getString(4), rows.getLong(5),
                        rows.getString(6), rows.getString(7), WarningKind.valueOf(rows.getString(8)), rows.getInt(9), date(rows, 10),
                        rows.getString(11), date(rows, 12), date(rows, 13), WarningStatus.valueOf(rows.getString(14)),
                        rows.getString(15), rows.getString(16)));
            }
        }
        return entries;
    }

    private static List<MonitoredEntry> monitored(Connection connection, String tail, Long householdId) throws SQLException {
        Map<Long, List<RiskType>> risks = new HashMap<>();
        String riskQuery = householdId == null ? RISKS
                : RISKS + " JOIN MONITORING.MONITORED_HOUSEHOLD X ON R.OWNER_ID = X.ID WHERE X.HOUSEHOLD_ID = ?"; //$NON-NLS-1$
        try (PreparedStatement query = prepare(connection, riskQuery + " ORDER BY R.OWNER_ID, R.POS", householdId); //$NON-NLS-1$
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                risks.computeIfAbsent(rows.getLong(1), id -> new ArrayList<>()).add(RiskType.valueOf(rows.getString(2)));
            }
        }
        List<MonitoredEntry> entries = new ArrayList<>();
        try (PreparedStatement query = prepare(connection, MONITORED + tail, householdId); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                long id = rows.getLong(1);
                String how = rows.getString(10);
                entries.add(new MonitoredEntry(id, rows.getLong(2), rows.getString(3), rows.getString(4), rows.getLong(5),
                        rows.getString(6), rows.getString(7), MonitoringCategory.valueOf(rows.getString(8)),
                        List.copyOf(risks.getOrDefault(id, List.of())), date(rows, 9), how == null ? null : HowFound.valueOf(how),
                        MonitoringStage.valueOf(rows.getString(11)), date(rows, 12), rows.getInt(13), rows.getInt(14)));
            }
        }
        return entries;
    }

    private static PreparedStatement prepare(Connection connection, String sql, Long householdId) throws SQLException {
        PreparedStatement query = connection.prepareStatement(sql);
        if (householdId != null) {
            query.setLong(1, householdId);
        }
        return query;
    }

    private static LocalDate date(ResultSet rows, int column) throws SQLException {
        Date date = rows.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}

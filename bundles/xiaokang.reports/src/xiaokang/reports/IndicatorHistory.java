package xiaokang.reports;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The stored values of a place's indicators over time, one point per indicator run, for trends:
 * every run keeps its values (a run happens when the data changed), so the history is the office's
 * own record of how its figures moved.
 */
public final class IndicatorHistory {

    /** The most recent runs a trend shows. */
    public static final int RUNS = 60;

    /** One value of an indicator, from the run at {@code at}. */
    public record Point(LocalDateTime at, BigDecimal value) {
    }

    private IndicatorHistory() {
    }

    /**
     * The values of every indicator for one place ({@code placeId} null for the city) in the last
     * {@link #RUNS} runs, oldest first, by indicator id.
     */
    public static Map<String, List<Point>> of(Connection connection, IndicatorLevel level, Long placeId) throws SQLException {
        Indicators.ensureTables(connection);
        String sql = "SELECT V.INDICATOR_ID, R.COMPUTED_AT, V.VALUE_ FROM " + Indicators.VALUES + " V JOIN " + Indicators.RUNS //$NON-NLS-1$ //$NON-NLS-2$
                + " R ON R.ID = V.RUN_ID WHERE V.RUN_ID > (SELECT COALESCE(MAX(ID), 0) - " + RUNS + " FROM " + Indicators.RUNS //$NON-NLS-1$ //$NON-NLS-2$
                + ") AND V.LEVEL_ = ? AND " + (placeId == null ? "V.PLACE_ID IS NULL" : "V.PLACE_ID = ?") + " ORDER BY V.RUN_ID"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        Map<String, List<Point>> history = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, level.name());
            if (placeId != null) {
                query.setLong(2, placeId);
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    history.computeIfAbsent(rows.getString(1), id -> new ArrayList<>())
                            .add(new Point(rows.getTimestamp(2).toLocalDateTime(), rows.getBigDecimal(3)));
                }
            }
        }
        return history;
    }

    /**
     * The city's running totals by year for the indicators that count by year (households and
     * people lifted out), from the latest run: {@code at} is the year's last day. Longer than the
     * runs' history, which starts with the database.
     */
    public static Map<String, List<Point>> cumulativeByYear(Connection connection) throws SQLException {
        Indicators.ensureTables(connection);
        String sql = "SELECT INDICATOR_ID, PLACE_ID, VALUE_ FROM " + Indicators.VALUES + " WHERE LEVEL_ = 'YEAR' AND RUN_ID = " //$NON-NLS-1$ //$NON-NLS-2$
                + "(SELECT MAX(ID) FROM " + Indicators.RUNS + ") ORDER BY INDICATOR_ID, PLACE_ID"; //$NON-NLS-1$ //$NON-NLS-2$
        Map<String, List<Point>> totals = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement(sql); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                List<Point> points = totals.computeIfAbsent(rows.getString(1), id -> new ArrayList<>());
                BigDecimal before = points.isEmpty() ? BigDecimal.ZERO : points.get(points.size() - 1).value();
                BigDecimal value = rows.getBigDecimal(3) == null ? BigDecimal.ZERO : rows.getBigDecimal(3);
                points.add(new Point(LocalDateTime.of(rows.getInt(2), 12, 31, 0, 0), before.add(value)));
            }
        }
        return totals;
    }
}

package xiaokang.reports.ui.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import xiaokang.reports.IndicatorHistory;
import xiaokang.reports.IndicatorLevel;

/**
 * The trend shown for each indicator of a place: the stored runs, and for the city the running
 * totals by year where an indicator counts by year (they reach back before the database did).
 */
final class Trends {

    private Trends() {
    }

    static Map<String, List<IndicatorHistory.Point>> of(Connection connection, IndicatorLevel level, Long placeId) throws SQLException {
        Map<String, List<IndicatorHistory.Point>> trends = new LinkedHashMap<>(IndicatorHistory.of(connection, level, placeId));
        if (level == IndicatorLevel.CITY) {
            trends.putAll(IndicatorHistory.cumulativeByYear(connection));
        }
        return trends;
    }
}

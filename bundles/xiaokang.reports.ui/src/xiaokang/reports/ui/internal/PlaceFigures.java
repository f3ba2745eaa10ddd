package xiaokang.reports.ui.internal;

import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Platform;

import xiaokang.reports.IndicatorCatalog;
import xiaokang.reports.IndicatorHistory;
import xiaokang.reports.IndicatorLevel;
import xiaokang.reports.IndicatorValue;
import xiaokang.reports.Indicators;
import xiaokang.reports.ReportException;
import xiaokang.store.AuditLog;

/**
 * What the home page and the Key Figures view show of a place, read in one go: its latest indicator
 * values by indicator, and each one's trend — the stored runs, and for the city the running totals
 * by year where an indicator counts by year (they reach back before the database did).
 *
 * @param placeId the township's or village's id; null for the city, or for a code no place has
 */
record PlaceFigures(KeyFiguresView.Place place, Long placeId, Map<String, IndicatorValue> latest,
        Map<String, List<IndicatorHistory.Point>> trends, long dataVersion) {

    /** Reads them, the indicators computed again first when the data changed since their last run. */
    static PlaceFigures read(Connection connection, KeyFiguresView.Place place, IProgressMonitor monitor)
            throws java.sql.SQLException, ReportException {
        Indicators.refresh(connection, IndicatorCatalog.read(Platform.getExtensionRegistry()), monitor);
        Long placeId = Indicators.placeId(connection, place.level(), place.code());
        Map<String, IndicatorValue> latest = new LinkedHashMap<>();
        Map<String, List<IndicatorHistory.Point>> trends = new LinkedHashMap<>();
        if (place.level() == IndicatorLevel.CITY || placeId != null) {
            Indicators.latest(connection, place.level(), placeId).forEach(value -> latest.put(value.indicator(), value));
            trends.putAll(IndicatorHistory.of(connection, place.level(), placeId));
            if (place.level() == IndicatorLevel.CITY) {
                trends.putAll(IndicatorHistory.cumulativeByYear(connection));
            }
        }
        return new PlaceFigures(place, placeId, latest, trends, AuditLog.dataVersion(connection));
    }
}

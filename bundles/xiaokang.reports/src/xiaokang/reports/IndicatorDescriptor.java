package xiaokang.reports;

import java.util.Map;

/**
 * An indicator contributed through {@code xiaokang.reports.indicators}: a figure computed by SQL on
 * the store, per level. The city query returns one row with the value in its first column; the
 * township and village queries return {@code PLACE_ID, VALUE} rows, one per place; the year query
 * returns {@code YEAR, VALUE} rows, one per year (stored with the year as the place).
 *
 * @param id stable id, namespaced by the contributing plug-in's short name
 * @param name the name in the user's language
 * @param unit the unit in the user's language (户, 人, %)
 * @param decimals how many decimals the value is shown with
 * @param queries the SQL per level; a level without a query is not computed
 * @param contributor the contributing bundle's symbolic name
 */
public record IndicatorDescriptor(String id, String name, String unit, int decimals, Map<IndicatorLevel, String> queries,
        String contributor) {

    public IndicatorDescriptor {
        queries = Map.copyOf(queries);
    }
}

package xiaokang.reports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import xiaokang.store.AuditLog;
import xiaokang.reports.IndicatorLevel;
import xiaokang.reports.IndicatorValue;
import xiaokang.reports.Indicators;

/** The indicator values a new demo database comes with, and the by-year and six-check figures the overview reads. */
class IndicatorValuesTest {

    @Test
    void aNewDemoDatabaseHasItsIndicatorValuesForItsDataVersion() throws Exception {
        try (Connection connection = DemoStore.store().connect()) {
            long runs = count(connection, "SELECT COUNT(*) FROM REPORTS.INDICATOR_RUN");
            assertTrue(runs >= 1, "the demo database was built without its indicator values");
            try (ResultSet rows = connection.createStatement()
                    .executeQuery("SELECT DATA_VERSION FROM REPORTS.INDICATOR_RUN ORDER BY ID FETCH FIRST ROW ONLY")) {
                rows.next();
                assertEquals(AuditLog.dataVersion(connection), rows.getLong(1), "the first run saw the data as built");
            }
        }
    }

    @Test
    void theYearByYearValuesAddUpToTheCitysTotals() throws Exception {
        try (Connection connection = DemoStore.store().connect()) {
            Map<String, BigDecimal> city = byId(Indicators.latest(connection, IndicatorLevel.CITY, null));
            assertEquals(20_312, sumOfYears(connection, "core.households-lifted"));
            assertEquals(61_633, sumOfYears(connection, "core.people-lifted"));
            assertEquals(city.get("core.households-lifted").intValue(), sumOfYears(connection, "core.households-lifted"));
            assertEquals(2020, count(connection, "SELECT MAX(PLACE_ID) FROM REPORTS.INDICATOR_VALUE WHERE LEVEL_ = 'YEAR' "
                    + "AND RUN_ID = (SELECT MAX(ID) FROM REPORTS.INDICATOR_RUN)"));
        }
    }

    @Test
    void eachChecksHouseholdsPassingMatchTheirLatestAssessment() throws Exception {
        try (Connection connection = DemoStore.store().connect()) {
            Map<String, BigDecimal> city = byId(Indicators.latest(connection, IndicatorLevel.CITY, null));
            assertEquals(21_000, city.get("core.households-assessed").intValue());
            for (String check : new String[] { "FOOD", "CLOTHING", "COMPULSORY_EDUCATION", "BASIC_MEDICAL", "HOUSING_SAFETY", "DRINKING_WATER" }) {
                long passing = count(connection, "SELECT COUNT(*) FROM CORE.CHECK_RESULT R JOIN CORE.ASSESSMENT A ON R.ASSESSMENT_ID = A.ID "
                        + "WHERE R.CHECK_ = '" + check + "' AND R.PASSED AND A.DATE_ = (SELECT MAX(L.DATE_) FROM CORE.ASSESSMENT L "
                        + "WHERE L.HOUSEHOLD_ID = A.HOUSEHOLD_ID)");
                String id = "core.check-" + check.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
                assertEquals(passing, city.get(id).longValue(), id);
            }
            assertTrue(city.get("core.check-housing-safety").intValue() < 21_000, "the demo county has unsafe houses");
        }
    }

    private static int sumOfYears(Connection connection, String indicator) throws Exception {
        return (int) count(connection, "SELECT CAST(SUM(VALUE_) AS INTEGER) FROM REPORTS.INDICATOR_VALUE WHERE LEVEL_ = 'YEAR' "
                + "AND INDICATOR_ID = '" + indicator + "' AND RUN_ID = (SELECT MAX(ID) FROM REPORTS.INDICATOR_RUN)");
    }

    private static Map<String, BigDecimal> byId(java.util.List<IndicatorValue> values) {
        return values.stream().collect(Collectors.toMap(IndicatorValue::indicator, IndicatorValue::value));
    }

    private static long count(Connection connection, String sql) throws Exception {
        try (ResultSet rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}

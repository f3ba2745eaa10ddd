package xiaokang.reports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import xiaokang.core.Models;
import xiaokang.reports.IndicatorCatalog;
import xiaokang.reports.IndicatorDescriptor;
import xiaokang.reports.IndicatorHistory;
import xiaokang.reports.IndicatorLevel;
import xiaokang.reports.IndicatorValue;
import xiaokang.reports.Indicators;
import xiaokang.store.AuditLog;
import xiaokang.core.model.City;
import xiaokang.core.model.CoreFactory;
import xiaokang.core.model.CorePackage;
import xiaokang.core.model.Household;
import xiaokang.core.model.HouseholdStatus;
import xiaokang.core.model.Township;
import xiaokang.core.model.Village;
import xiaokang.store.Database;
import xiaokang.store.Session;
import xiaokang.store.Store;

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
    void aRunIsReusedOnlyForTheSameDataAndTheSameInstalledIndicators(@TempDir Path folder) throws Exception {
        Store store = Store.open(Database.embedded(folder.resolve("db")), Models.read(Platform.getExtensionRegistry()));
        List<IndicatorDescriptor> installed = IndicatorCatalog.read(Platform.getExtensionRegistry());
        List<IndicatorDescriptor> oneRemoved = installed.stream().filter(i -> !i.id().equals("core.households-lifted")).toList();
        try (Connection connection = store.connect()) {
            long first = Indicators.refresh(connection, installed, new NullProgressMonitor());
            assertEquals(first, Indicators.refresh(connection, installed, new NullProgressMonitor()), "same data, same indicators");

            long afterRemoval = Indicators.refresh(connection, oneRemoved, new NullProgressMonitor());
            assertNotEquals(first, afterRemoval, "a plug-in's indicator removed: the data is the same but the run is not");
            assertTrue(Indicators.latest(connection, IndicatorLevel.CITY, null).stream().map(IndicatorValue::indicator)
                    .noneMatch("core.households-lifted"::equals), "the removed indicator is gone from the latest values");

            long afterInstall = Indicators.refresh(connection, installed, new NullProgressMonitor());
            assertNotEquals(afterRemoval, afterInstall);
            assertTrue(Indicators.latest(connection, IndicatorLevel.CITY, null).stream().map(IndicatorValue::indicator)
                    .anyMatch("core.households-lifted"::equals), "installed again, it is computed again");
        } finally {
            store.database().shutdown();
        }
    }

    @Test
    void aPlacesHistoryHasOnePointPerRunWithTheValueOfItsTime(@TempDir Path folder) throws Exception {
        Store store = Store.open(Database.embedded(folder.resolve("db")), Models.read(Platform.getExtensionRegistry()));
        List<IndicatorDescriptor> installed = IndicatorCatalog.read(Platform.getExtensionRegistry());
        CoreFactory f = CoreFactory.eINSTANCE;
        try (Session session = store.openSession("test")) {
            City city = f.createCity();
            Township township = f.createTownship();
            township.setCode("430582100");
            city.getTownships().add(township);
            township.getVillages().add(f.createVillage());
            session.add(city);
            session.commit();
        }
        try (Connection connection = store.connect()) {
            List<Long> expected = new java.util.ArrayList<>();
            for (int round = 0; round < 3; round++) {
                try (Session session = store.openSession("test")) {
                    City city = session.<City>roots(CorePackage.Literals.CITY).get(0);
                    Township township = session.<Township>children(city, CorePackage.Literals.CITY__TOWNSHIPS).get(0);
                    Village village = session.<Village>children(township, CorePackage.Literals.TOWNSHIP__VILLAGES).get(0);
                    session.children(village, CorePackage.Literals.VILLAGE__HOUSEHOLDS);
                    for (int i = 0; i < round + 2; i++) {
                        Household household = f.createHousehold();
                        household.setNumber("H" + round + '-' + i);
                        household.setStatus(HouseholdStatus.LIFTED_OUT);
                        village.getHouseholds().add(household);
                    }
                    session.commit();
                }
                expected.add(count(connection, "SELECT COUNT(*) FROM CORE.HOUSEHOLD WHERE STATUS = 'LIFTED_OUT'"));
                Indicators.refresh(connection, installed, new NullProgressMonitor());
            }
            Long townshipId = Indicators.placeId(connection, IndicatorLevel.TOWNSHIP, "430582100");
            List<IndicatorHistory.Point> points = IndicatorHistory.of(connection, IndicatorLevel.TOWNSHIP, townshipId)
                    .get("core.households-lifted");
            assertEquals(expected, points.stream().map(p -> p.value().longValue()).toList());
            assertTrue(points.get(0).at().compareTo(points.get(2).at()) <= 0, "oldest first");
            assertEquals(3, IndicatorHistory.of(connection, IndicatorLevel.CITY, null).get("core.households-lifted").size());
        } finally {
            store.database().shutdown();
        }
    }

    @Test
    void theYearByYearValuesAddUpToTheCitysTotals() throws Exception {
        try (Connection connection = DemoStore.store().connect()) {
            Map<String, BigDecimal> city = byId(Indicators.latest(connection, IndicatorLevel.CITY, null));
            assertEquals(20_312, sumOfYears(connection, "core.households-lifted"));
            assertEquals(61_633, sumOfYears(connection, "core.people-lifted"));
            assertEquals(city.get("core.households-lifted").intValue(), sumOfYears(connection, "core.households-lifted"));
            List<IndicatorHistory.Point> totals = IndicatorHistory.cumulativeByYear(connection).get("core.households-lifted");
            assertEquals(20_312, totals.get(totals.size() - 1).value().intValue(), "the running total ends at the city's total");
            assertEquals(2020, totals.get(totals.size() - 1).at().getYear());
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

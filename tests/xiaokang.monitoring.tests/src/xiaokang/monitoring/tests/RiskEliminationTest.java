package xiaokang.monitoring.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import xiaokang.core.model.Check;
import xiaokang.monitoring.HouseholdFacts;
import xiaokang.monitoring.RiskElimination;
import xiaokang.monitoring.RiskElimination.Condition;
import xiaokang.monitoring.RiskElimination.Requirement;
import xiaokang.monitoring.model.HelpMeasure;
import xiaokang.monitoring.model.MeasureKind;
import xiaokang.monitoring.model.MonitoredHousehold;
import xiaokang.monitoring.model.MonitoringFactory;
import xiaokang.monitoring.model.MonitoringStage;
import xiaokang.monitoring.model.PolicyYear;
import xiaokang.monitoring.model.RigidExpenditure;

/** The elimination conditions, all holding, then each failing alone. */
class RiskEliminationTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 12, 1);
    private static final LocalDate IDENTIFIED = LocalDate.of(2024, 6, 1);
    private static final Map<Integer, PolicyYear> POLICIES = Map.of(
            2023, IncomeAccountTest.policy(2023, "6600", "40", "40", "15", "20"),
            2024, IncomeAccountTest.policy(2024, "6900", "40", "40", "15", "20"));

    private static MonitoredHousehold monitored(LocalDate identified, MeasureKind kind, LocalDate given) {
        MonitoredHousehold monitored = MonitoringFactory.eINSTANCE.createMonitoredHousehold();
        monitored.setStage(MonitoringStage.MONITORED);
        monitored.setIdentifiedOn(identified);
        HelpMeasure measure = MonitoringFactory.eINSTANCE.createHelpMeasure();
        measure.setKind(kind);
        measure.setDescription("公益性岗位");
        measure.setGivenOn(given);
        monitored.getMeasures().add(measure);
        return monitored;
    }

    private static HouseholdFacts facts(String income2024, Set<Check> failing, List<RigidExpenditure> expenditures, boolean labour) {
        return new HouseholdFacts(Map.of(2023, new BigDecimal("5000"), 2024, new BigDecimal(income2024)), 3, failing, expenditures,
                List.of(), labour);
    }

    private static final HouseholdFacts GOOD = facts("6900", Set.of(), List.of(), true);
    private static final MonitoredHousehold HELPED = monitored(IDENTIFIED, MeasureKind.EMPLOYMENT, LocalDate.of(2024, 7, 1));

    private static List<Requirement> failing(MonitoredHousehold monitored, HouseholdFacts facts) {
        return RiskElimination.conditions(monitored, facts, POLICIES, TODAY).stream().filter(c -> !c.holds()).map(Condition::requirement)
                .toList();
    }

    @Test
    void allHoldForAHelpedHouseholdAboveTheLineForSixMonths() {
        List<Condition> conditions = RiskElimination.conditions(HELPED, GOOD, POLICIES, TODAY);
        assertEquals(List.of(Requirement.values()), conditions.stream().map(Condition::requirement).toList());
        assertTrue(RiskElimination.allHold(conditions), conditions.toString());
    }

    @Test
    void incomeBelowTheLineSinceIdentification() {
        assertEquals(List.of(Requirement.INCOME_ABOVE_LINE), failing(HELPED, facts("6899.99", Set.of(), List.of(), true)));
        MonitoredHousehold earlier = monitored(LocalDate.of(2023, 5, 1), MeasureKind.EMPLOYMENT, LocalDate.of(2023, 7, 1));
        assertEquals(List.of(Requirement.INCOME_ABOVE_LINE), failing(earlier, GOOD), "2023's 5,000 is below 2023's line");
    }

    @Test
    void rigidExpenditureNotResolved() {
        RigidExpenditure open = WarningRulesTest.expenditure("3000", LocalDate.of(2024, 8, 1), false);
        assertEquals(List.of(Requirement.EXPENDITURE_RESOLVED), failing(HELPED, facts("6900", Set.of(), List.of(open), true)));
        RigidExpenditure resolved = WarningRulesTest.expenditure("3000", LocalDate.of(2024, 8, 1), true);
        assertEquals(List.of(), failing(HELPED, facts("6900", Set.of(), List.of(resolved), true)));
    }

    @Test
    void aCheckFailing() {
        assertEquals(List.of(Requirement.SIX_CHECKS_PASS), failing(HELPED, facts("6900", Set.of(Check.DRINKING_WATER), List.of(), true)));
    }

    @Test
    void noMeasureGivenYet() {
        assertEquals(List.of(Requirement.MEASURE_GIVEN), failing(monitored(IDENTIFIED, MeasureKind.EMPLOYMENT, null), GOOD), "planned only");
        assertEquals(List.of(Requirement.MEASURE_GIVEN), failing(monitored(IDENTIFIED, MeasureKind.EMPLOYMENT, TODAY.plusDays(1)), GOOD),
                "given after the day asked");
    }

    @Test
    void lessThanSixMonthsMonitored() {
        assertEquals(List.of(Requirement.MONITORED_SIX_MONTHS), failing(monitored(IDENTIFIED.plusDays(1), MeasureKind.EMPLOYMENT,
                LocalDate.of(2024, 7, 1)), GOOD));
        assertEquals(List.of(Requirement.MONITORED_SIX_MONTHS), failing(monitored(null, MeasureKind.EMPLOYMENT, LocalDate.of(2024, 7, 1)), GOOD),
                "not yet identified");
    }

    @Test
    void aHouseholdWithoutLabourIsNotEliminatedByIncomeAlone() {
        HouseholdFacts noLabour = facts("6900", Set.of(), List.of(), false);
        assertEquals(List.of(Requirement.SAFETY_NET_WITHOUT_LABOUR), failing(HELPED, noLabour));
        assertEquals(List.of(), failing(monitored(IDENTIFIED, MeasureKind.SOCIAL_ASSISTANCE, LocalDate.of(2024, 7, 1)), noLabour));
    }
}

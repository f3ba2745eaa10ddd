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
import xiaokang.monitoring.RaisedWarning;
import xiaokang.monitoring.WarningRules;
import xiaokang.monitoring.model.DepartmentList;
import xiaokang.monitoring.model.DepartmentRecord;
import xiaokang.monitoring.model.ExpenditureKind;
import xiaokang.monitoring.model.MonitoringFactory;
import xiaokang.monitoring.model.PolicyYear;
import xiaokang.monitoring.model.RigidExpenditure;
import xiaokang.monitoring.model.WarningKind;

/**
 * Each rule with a household just inside and just outside its threshold, with the parameters of
 * 2024: line 6,900, margin 10 % (7,590), fall 30 %, rigid expenditure 20,000 or 50 % of net income.
 */
class WarningRulesTest {

    private static final PolicyYear POLICY = IncomeAccountTest.policy(2024, "6900", "40", "40", "15", "20");

    private static HouseholdFacts facts(Map<Integer, BigDecimal> incomes, int people, Set<Check> failing,
            List<RigidExpenditure> expenditures, List<DepartmentRecord> records) {
        return new HouseholdFacts(incomes, people, failing, expenditures, records, true);
    }

    private static HouseholdFacts income(String y2023, String y2024) {
        return facts(y2023 == null ? Map.of(2024, new BigDecimal(y2024)) : Map.of(2023, new BigDecimal(y2023), 2024, new BigDecimal(y2024)),
                3, Set.of(), List.of(), List.of());
    }

    private static List<WarningKind> kinds(HouseholdFacts facts) {
        return WarningRules.evaluate(facts, POLICY).stream().map(RaisedWarning::kind).toList();
    }

    static RigidExpenditure expenditure(String amount, LocalDate date, boolean resolved) {
        RigidExpenditure expenditure = MonitoringFactory.eINSTANCE.createRigidExpenditure();
        expenditure.setKind(ExpenditureKind.MEDICAL);
        expenditure.setAmount(new BigDecimal(amount));
        expenditure.setDate(date);
        expenditure.setResolved(resolved);
        return expenditure;
    }

    @Test
    void incomeBelowTheLine() {
        assertEquals(List.of(WarningKind.BELOW_LINE), kinds(income(null, "6899.99")));
        assertEquals(List.of(WarningKind.NEAR_LINE), kinds(income(null, "6900")), "on the line is not below it");
        RaisedWarning below = WarningRules.evaluate(income(null, "5800.5"), POLICY).get(0);
        assertEquals(0, new BigDecimal("6900").compareTo(below.threshold()));
        assertTrue(below.reason().contains("5,800.5") && below.reason().contains("6,900"), below.reason());
    }

    @Test
    void incomeWithinTheMarginAboveTheLine() {
        assertEquals(List.of(WarningKind.NEAR_LINE), kinds(income(null, "7589.99")));
        assertEquals(List.of(), kinds(income(null, "7590")));
    }

    @Test
    void incomeFallenByMoreThanTheYearsShare() {
        assertEquals(List.of(WarningKind.INCOME_DROP), kinds(income("20000", "13999.99")));
        assertEquals(List.of(), kinds(income("20000", "14000")), "a fall of exactly 30 % is not more than 30 %");
        RaisedWarning fall = WarningRules.evaluate(income("20000", "10000"), POLICY).get(0);
        assertEquals(0, new BigDecimal("50").compareTo(fall.figure()), "the fall in per cent");
    }

    @Test
    void unresolvedRigidExpenditureAboveTheYearsAmount() {
        Map<Integer, BigDecimal> rich = Map.of(2024, new BigDecimal("20000"));
        LocalDate day = LocalDate.of(2024, 5, 1);
        assertEquals(List.of(WarningKind.RIGID_EXPENDITURE),
                kinds(facts(rich, 3, Set.of(), List.of(expenditure("15000", day, false), expenditure("5000.01", day, false)), List.of())));
        assertEquals(List.of(), kinds(facts(rich, 3, Set.of(), List.of(expenditure("20000", day, false)), List.of())));
        assertEquals(List.of(), kinds(facts(rich, 3, Set.of(), List.of(expenditure("50000", day, true)), List.of())), "resolved");
        assertEquals(List.of(), kinds(facts(rich, 3, Set.of(), List.of(expenditure("50000", day.minusYears(1), false)), List.of())),
                "another year's");
    }

    @Test
    void unresolvedRigidExpenditureAboveTheYearsShareOfNetIncome() {
        Map<Integer, BigDecimal> modest = Map.of(2024, new BigDecimal("10000"));
        LocalDate day = LocalDate.of(2024, 5, 1);
        assertEquals(List.of(WarningKind.RIGID_EXPENDITURE),
                kinds(facts(modest, 2, Set.of(), List.of(expenditure("10000.01", day, false)), List.of())), "half of 2 x 10,000");
        assertEquals(List.of(), kinds(facts(modest, 2, Set.of(), List.of(expenditure("10000", day, false)), List.of())));
    }

    @Test
    void aFailingCheck() {
        Map<Integer, BigDecimal> rich = Map.of(2024, new BigDecimal("20000"));
        List<RaisedWarning> raised = WarningRules.evaluate(facts(rich, 3, Set.of(Check.HOUSING_SAFETY), List.of(), List.of()), POLICY);
        assertEquals(List.of(WarningKind.SIX_CHECKS), raised.stream().map(RaisedWarning::kind).toList());
        assertTrue(raised.get(0).reason().contains("住房安全"), raised.get(0).reason());
        assertEquals(List.of(), kinds(facts(rich, 3, Set.of(), List.of(), List.of())));
    }

    @Test
    void aDepartmentsRecordOfTheYearNamingAMember() {
        Map<Integer, BigDecimal> rich = Map.of(2024, new BigDecimal("20000"));
        DepartmentRecord record = MonitoringFactory.eINSTANCE.createDepartmentRecord();
        record.setList(DepartmentList.MEDICAL_EXPENSE);
        record.setName("李建国");
        record.setDate(LocalDate.of(2024, 12, 31));
        List<RaisedWarning> raised = WarningRules.evaluate(facts(rich, 3, Set.of(), List.of(), List.of(record)), POLICY);
        assertEquals(List.of(WarningKind.DEPARTMENT_LIST), raised.stream().map(RaisedWarning::kind).toList());
        assertTrue(raised.get(0).reason().contains("李建国") && raised.get(0).reason().contains("医保"), raised.get(0).reason());
        record.setDate(LocalDate.of(2025, 1, 1));
        assertEquals(List.of(), kinds(facts(rich, 3, Set.of(), List.of(), List.of(record))), "another year's list");
    }

    @Test
    void aHouseholdWithoutTheYearsIncomeIsJudgedByTheOtherRules() {
        assertEquals(List.of(), kinds(facts(Map.of(2023, new BigDecimal("100")), 3, Set.of(), List.of(), List.of())));
    }
}

package xiaokang.monitoring.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import xiaokang.core.demo.DemoContext;
import xiaokang.core.demo.DemoDataGenerator;
import xiaokang.core.model.Household;
import xiaokang.monitoring.HouseholdFacts;
import xiaokang.monitoring.MonitoringLifecycle;
import xiaokang.monitoring.StepRefusedException;
import xiaokang.monitoring.model.DepartmentRecord;
import xiaokang.monitoring.model.MonitoredHousehold;
import xiaokang.monitoring.model.MonitoringFactory;
import xiaokang.monitoring.model.PolicyYear;
import xiaokang.monitoring.model.RigidExpenditure;

/**
 * The monitoring of 2021 to 2024 on the demo county: income cards, rigid expenditures and the
 * departments' lists ({@link DemoIncomeCards}, {@link DemoRisks}), monitored households at every
 * step ({@link DemoMonitoredHouseholds}) and the warnings of the last year ({@link DemoWarnings}),
 * with the policy parameters of 2021 to 2024: Hunan's monitoring line of 2021 (6,000 yuan a person, 1.5
 * times the poverty line), rising by 300 a year after it (demo values: the office enters its
 * province's), the usual default cost shares (crops and livestock 40 %, forestry and fruit 15 %,
 * other operating 20 %) and warning thresholds.
 */
public final class MonitoringDemoData implements DemoDataGenerator {

    static final int FIRST_YEAR = 2021;
    static final int LAST_YEAR = 2024;
    private static final int FIRST_LINE = 6_000;
    private static final int RISE = 300;
    private static final int VISIT_DAYS = 3;
    private static final int DECISION_DAYS = 15;

    @Override
    public void generate(DemoContext context) {
        Map<Integer, PolicyYear> policies = new TreeMap<>();
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            policies.put(year, policy(year));
            context.addRoot(policies.get(year));
        }
        if (context.city() == null) {
            return;
        }
        List<Household> households = context.city().getTownships().stream().flatMap(t -> t.getVillages().stream())
                .flatMap(v -> v.getHouseholds().stream()).toList();
        new DemoIncomeCards(context, policies).generate(households);
        DemoRisks risks = new DemoRisks(context);
        risks.generate(households);
        Map<Household, List<RigidExpenditure>> expenditures = risks.expenditures().stream()
                .collect(Collectors.groupingBy(RigidExpenditure::getHousehold));
        Map<String, List<DepartmentRecord>> byIdNumber = HouseholdFacts.byIdNumber(risks.records());
        LocalDate today = LocalDate.now();
        try {
            DemoMonitoredHouseholds monitored = new DemoMonitoredHouseholds(context, policies, expenditures, today);
            monitored.generate(households);
            Set<Household> watched = monitored.created().stream().filter(MonitoringLifecycle::active).map(MonitoredHousehold::getHousehold)
                    .collect(Collectors.toSet());
            new DemoWarnings(context, policies.get(LAST_YEAR), today).generate(households, watched, expenditures, byIdNumber);
        } catch (StepRefusedException e) {
            throw new IllegalStateException("the demo took a step its lifecycle refuses: " + e.getMessage(), e); //$NON-NLS-1$
        }
    }

    private static PolicyYear policy(int year) {
        PolicyYear policy = MonitoringFactory.eINSTANCE.createPolicyYear();
        policy.setYear(year);
        policy.setIncomeLine(BigDecimal.valueOf(FIRST_LINE + (year - FIRST_YEAR) * RISE));
        policy.setWarningMargin(BigDecimal.TEN);
        policy.setIncomeDropShare(BigDecimal.valueOf(30));
        policy.setRigidExpenditure(BigDecimal.valueOf(20_000));
        policy.setRigidExpenditureShare(BigDecimal.valueOf(50));
        policy.setCropsCostShare(BigDecimal.valueOf(40));
        policy.setLivestockCostShare(BigDecimal.valueOf(40));
        policy.setForestryFruitCostShare(BigDecimal.valueOf(15));
        policy.setOtherOperatingCostShare(BigDecimal.valueOf(20));
        policy.setVisitDays(VISIT_DAYS);
        policy.setDecisionDays(DECISION_DAYS);
        return policy;
    }
}

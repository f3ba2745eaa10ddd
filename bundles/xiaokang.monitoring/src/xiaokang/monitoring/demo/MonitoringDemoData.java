package xiaokang.monitoring.demo;

import java.math.BigDecimal;

import xiaokang.core.demo.DemoContext;
import xiaokang.core.demo.DemoDataGenerator;
import xiaokang.monitoring.model.MonitoringFactory;
import xiaokang.monitoring.model.PolicyYear;

/**
 * The policy parameters of 2021 to 2024: Hunan's monitoring line of 2021 (6,000 yuan a person, 1.5
 * times the poverty line), rising by 300 a year after it (demo values: the office enters its
 * province's), the usual default cost shares (crops and livestock 40 %, forestry and fruit 15 %,
 * other operating 20 %) and warning thresholds.
 */
public final class MonitoringDemoData implements DemoDataGenerator {

    static final int FIRST_YEAR = 2021;
    static final int LAST_YEAR = 2024;
    private static final int FIRST_LINE = 6_000;
    private static final int RISE = 300;

    @Override
    public void generate(DemoContext context) {
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            context.addRoot(policy(year));
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
        return policy;
    }
}

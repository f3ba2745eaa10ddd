package xiaokang.monitoring.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Random;

import xiaokang.core.demo.DemoContext;
import xiaokang.core.model.AnnualIncome;
import xiaokang.core.model.Household;
import xiaokang.monitoring.IncomeAccount;
import xiaokang.monitoring.IncomeCards;
import xiaokang.monitoring.model.IncomeCard;
import xiaokang.monitoring.model.MonitoringFactory;
import xiaokang.monitoring.model.PolicyYear;

/**
 * An income card for every registered household and every demo year: its 2020 income growing by
 * about 8 % a year, one household-year in fifty hit by a fall of 35 to 50 %, split into the sources a
 * cadre writes down (wages about half, operating income, property, transfers), the costs left to
 * the year's default shares; each card's figure becomes the household's income of its year.
 */
final class DemoIncomeCards {

    private static final double GROWTH = 1.08;
    private static final int SHOCK_ONE_IN = 50;
    /** Shares of net income by source: wages, crops, livestock, forestry and fruit, other operating, property, pensions, subsidies, other transfers. */
    private static final double[] SHARES = { 0.55, 0.12, 0.10, 0.03, 0.02, 0.03, 0.08, 0.05, 0.02 };

    private final DemoContext context;
    private final Random random;
    private final Map<Integer, PolicyYear> policies;

    DemoIncomeCards(DemoContext context, Map<Integer, PolicyYear> policies) {
        this.context = context;
        this.random = context.random();
        this.policies = policies;
    }

    void generate(List<Household> households) {
        for (Household household : households) {
            if (household.isRegistered() && !household.getMembers().isEmpty()) {
                double income = base(household);
                for (int year = MonitoringDemoData.FIRST_YEAR; year <= MonitoringDemoData.LAST_YEAR; year++) {
                    income *= GROWTH * (0.95 + random.nextDouble() * 0.1);
                    double thisYear = random.nextInt(SHOCK_ONE_IN) == 0 ? income * (0.5 + random.nextDouble() * 0.15) : income;
                    context.addRoot(card(household, year, thisYear));
                }
            }
        }
    }

    private double base(Household household) {
        return household.getIncomes().stream().filter(i -> i.getYear() == MonitoringDemoData.FIRST_YEAR - 1)
                .map(AnnualIncome::getPerCapitaNetIncome).filter(i -> i != null).mapToDouble(BigDecimal::doubleValue).findFirst()
                .orElse(5000 + random.nextInt(8000));
    }

    private IncomeCard card(Household household, int year, double perCapita) {
        PolicyYear policy = policies.get(year);
        int people = household.getMembers().size();
        double net = perCapita * people;
        IncomeCard card = MonitoringFactory.eINSTANCE.createIncomeCard();
        card.setHousehold(household);
        card.setYear(year);
        card.setPeople(people);
        card.setWages(yuan(net * SHARES[0]));
        card.setCrops(gross(net * SHARES[1], policy.getCropsCostShare()));
        card.setLivestock(gross(net * SHARES[2], policy.getLivestockCostShare()));
        card.setForestryFruit(gross(net * SHARES[3], policy.getForestryFruitCostShare()));
        card.setOtherOperating(gross(net * SHARES[4], policy.getOtherOperatingCostShare()));
        card.setProperty(yuan(net * SHARES[5]));
        card.setPensions(yuan(net * SHARES[6]));
        card.setSubsidies(yuan(net * SHARES[7]));
        card.setOtherTransfers(yuan(net * SHARES[8]));
        IncomeCards.setIncome(household, year, IncomeAccount.of(card, policy).perCapitaNet());
        return card;
    }

    /** The gross income whose net, after the year's default cost share, is {@code net}. */
    private static BigDecimal gross(double net, BigDecimal costShare) {
        return yuan(net / (1 - costShare.doubleValue() / 100));
    }

    private static BigDecimal yuan(double amount) {
        return BigDecimal.valueOf(amount).setScale(0, RoundingMode.HALF_UP);
    }
}

package xiaokang.monitoring.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import xiaokang.monitoring.IncomeAccount;
import xiaokang.monitoring.model.IncomeCard;
import xiaokang.monitoring.model.MonitoringFactory;
import xiaokang.monitoring.model.PolicyYear;

/** Each formula of the income card, worked by hand on one card, with the parameters of its own year. */
class IncomeAccountTest {

    static PolicyYear policy(int year, String line, String crops, String livestock, String forestry, String other) {
        PolicyYear policy = MonitoringFactory.eINSTANCE.createPolicyYear();
        policy.setYear(year);
        policy.setIncomeLine(new BigDecimal(line));
        policy.setWarningMargin(BigDecimal.TEN);
        policy.setIncomeDropShare(new BigDecimal("30"));
        policy.setRigidExpenditure(new BigDecimal("20000"));
        policy.setRigidExpenditureShare(new BigDecimal("50"));
        policy.setCropsCostShare(new BigDecimal(crops));
        policy.setLivestockCostShare(new BigDecimal(livestock));
        policy.setForestryFruitCostShare(new BigDecimal(forestry));
        policy.setOtherOperatingCostShare(new BigDecimal(other));
        policy.setVisitDays(3);
        policy.setDecisionDays(15);
        return policy;
    }

    /**
     * Four people; wages 24,000; crops 6,000 (cost from the share), livestock 5,000 (cost entered:
     * 3,100), other operating 1,000 (cost from the share); property 600; pensions 2,400; subsidies
     * 1,200.50.
     */
    static IncomeCard card(int year) {
        IncomeCard card = MonitoringFactory.eINSTANCE.createIncomeCard();
        card.setYear(year);
        card.setPeople(4);
        card.setWages(new BigDecimal("24000"));
        card.setCrops(new BigDecimal("6000"));
        card.setLivestock(new BigDecimal("5000"));
        card.setLivestockCost(new BigDecimal("3100"));
        card.setOtherOperating(new BigDecimal("1000"));
        card.setProperty(new BigDecimal("600"));
        card.setPensions(new BigDecimal("2400"));
        card.setSubsidies(new BigDecimal("1200.50"));
        return card;
    }

    @Test
    void eachFormulaOfTheCard() {
        IncomeAccount account = IncomeAccount.of(card(2021), policy(2021, "6000", "40", "50", "30", "20"));
        // operating = 6,000 + 5,000 + 1,000; costs = 40 % of 6,000 + 3,100 entered + 20 % of 1,000
        assertEquals(List.of(new BigDecimal("12000"), new BigDecimal("5700.00"), new BigDecimal("3600.50")),
                List.of(account.operating(), account.productionCosts(), account.transfers()));
        // total = 24,000 + 12,000 + 600 + 3,600.50; net = total - 5,700; per capita = 34,500.50 / 4 = 8,625.125, half up
        assertEquals(new BigDecimal("40200.50"), account.total());
        assertEquals(new BigDecimal("34500.50"), account.net());
        assertEquals(new BigDecimal("8625.13"), account.perCapitaNet());
    }

    @Test
    void theYearsOwnCostSharesAndAnEnteredCostThatOverridesThem() {
        IncomeCard card = card(2022);
        IncomeAccount shares = IncomeAccount.of(card, policy(2022, "6200", "50", "50", "30", "30"));
        // 50 % of 6,000 + 3,100 + 30 % of 1,000
        assertEquals(new BigDecimal("6400.00"), shares.productionCosts());
        assertEquals(new BigDecimal("8450.13"), shares.perCapitaNet());
        card.setCropsCost(BigDecimal.ZERO);
        assertEquals(new BigDecimal("3400.00"), IncomeAccount.of(card, policy(2022, "6200", "50", "50", "30", "30")).productionCosts());
    }

    @Test
    void anEmptyCardIsZeroAndACardWithoutPeopleOrOfAnotherYearIsRefused() {
        IncomeCard empty = MonitoringFactory.eINSTANCE.createIncomeCard();
        empty.setYear(2021);
        empty.setPeople(3);
        assertEquals(0, IncomeAccount.of(empty, policy(2021, "6000", "40", "50", "30", "20")).perCapitaNet().signum());

        IncomeCard nobody = card(2021);
        nobody.setPeople(0);
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> IncomeAccount.of(nobody, policy(2021, "6000", "40", "50", "30", "20")));
        assertTrue(refused.getMessage().contains("家庭人口"), refused.getMessage());
        assertThrows(IllegalArgumentException.class, () -> IncomeAccount.of(card(2021), policy(2022, "6200", "50", "50", "30", "30")));
    }
}

package xiaokang.monitoring.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.ecore.EPackage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import xiaokang.core.model.AnnualIncome;
import xiaokang.core.model.CoreFactory;
import xiaokang.core.model.CorePackage;
import xiaokang.core.model.Household;
import xiaokang.core.model.HouseholdStatus;
import xiaokang.exchange.ImportResult;
import xiaokang.exchange.ModelLabels;
import xiaokang.exchange.RecordImport;
import xiaokang.monitoring.IncomeCards;
import xiaokang.monitoring.model.IncomeCard;
import xiaokang.monitoring.model.MonitoringPackage;
import xiaokang.store.Database;
import xiaokang.store.Session;
import xiaokang.store.Store;
import xiaokang.store.StoreException;

/**
 * A card's per-capita net income becomes its household's annual income of that year, computed with
 * that year's parameters, in the same commit; the database's figures are read back with plain SQL.
 */
class IncomeCardsTest {

    private static final CoreFactory F = CoreFactory.eINSTANCE;
    private static final String NUMBER = "4305821042010001";

    @TempDir
    Path folder;
    private Store store;

    @BeforeEach
    void aHouseholdAndTwoPolicyYears() throws StoreException {
        store = Store.open(Database.embedded(folder.resolve("db")), List.of(CorePackage.eINSTANCE, MonitoringPackage.eINSTANCE));
        Household household = F.createHousehold();
        household.setNumber(NUMBER);
        household.setStatus(HouseholdStatus.LIFTED_OUT);
        household.setRegistered(true);
        AnnualIncome income = F.createAnnualIncome();
        income.setYear(2020);
        income.setPerCapitaNetIncome(new BigDecimal("5000"));
        household.getIncomes().add(income);
        try (Session session = store.openSession("测试")) {
            session.add(OneVillage.county(household));
            session.add(IncomeAccountTest.policy(2021, "6000", "40", "50", "30", "20"));
            session.add(IncomeAccountTest.policy(2022, "6200", "50", "50", "30", "30"));
            session.commit();
        }
    }

    private IncomeCard post(int year, String wages) throws StoreException {
        try (Session session = store.openSession("测试")) {
            Household household = session.<Household>find(CorePackage.Literals.HOUSEHOLD__NUMBER, NUMBER).get(0);
            List<IncomeCard> cards = session.find(MonitoringPackage.Literals.INCOME_CARD__YEAR, year);
            IncomeCard card = cards.isEmpty() ? IncomeAccountTest.card(year) : cards.get(0);
            card.setHousehold(household);
            card.setWages(new BigDecimal(wages));
            if (cards.isEmpty()) {
                session.add(card);
            }
            IncomeCards.post(session, card);
            session.commit();
            return card;
        }
    }

    @Test
    void theCardsFigureIsTheHouseholdsIncomeOfItsYearWithItsYearsParameters() throws Exception {
        post(2021, "24000");
        post(2022, "24000");
        assertEquals("8625.13", text("SELECT PER_CAPITA_NET_INCOME FROM CORE.ANNUAL_INCOME WHERE YEAR_ = 2021"));
        assertEquals("8450.13", text("SELECT PER_CAPITA_NET_INCOME FROM CORE.ANNUAL_INCOME WHERE YEAR_ = 2022"), "2022's cost shares");
        assertEquals("5000.00", text("SELECT PER_CAPITA_NET_INCOME FROM CORE.ANNUAL_INCOME WHERE YEAR_ = 2020"), "a year without a card stays");

        post(2021, "20000");
        assertEquals("1", text("SELECT COUNT(*) FROM CORE.ANNUAL_INCOME WHERE YEAR_ = 2021"), "one figure a year");
        assertEquals("7625.13", text("SELECT PER_CAPITA_NET_INCOME FROM CORE.ANNUAL_INCOME WHERE YEAR_ = 2021"));
        assertEquals("8625.13 -> 7625.13", text("SELECT OLD_VALUE || ' -> ' || NEW_VALUE FROM XK.AUDIT WHERE TABLE_NAME = 'CORE.ANNUAL_INCOME' "
                + "AND ACTION = 'UPDATE'"), "the change of the household's figure is audited with the card's");
    }

    @Test
    void aYearWithoutParametersIsNamed() {
        StoreException missing = assertThrows(StoreException.class, () -> post(2023, "24000"));
        assertTrue(missing.getMessage().contains("2023"), missing.getMessage());
    }

    @Test
    void aCardEnteredReplacesTheYearsFiguresAndIsTheHouseholdsIncomeInOneSave() throws Exception {
        long id = Long.parseLong(text("SELECT ID FROM CORE.HOUSEHOLD"));
        IncomeCard entered = IncomeAccountTest.card(2021);
        entered.setWages(new BigDecimal("24000"));
        assertEquals(new BigDecimal("8625.13"), IncomeCards.enter(store, id, entered, "测试").perCapitaNet());
        entered.setWages(new BigDecimal("20000"));
        IncomeCards.enter(store, id, entered, "测试");
        assertEquals("1", text("SELECT COUNT(*) FROM MONITORING.INCOME_CARD WHERE YEAR_ = 2021"), "the year's card changed, not doubled");
        assertEquals("20000.00", text("SELECT WAGES FROM MONITORING.INCOME_CARD WHERE YEAR_ = 2021"));
        assertEquals("7625.13", text("SELECT PER_CAPITA_NET_INCOME FROM CORE.ANNUAL_INCOME WHERE YEAR_ = 2021"));

        IncomeCard noPeople = IncomeAccountTest.card(2022);
        noPeople.setPeople(0);
        StoreException refused = assertThrows(StoreException.class, () -> IncomeCards.enter(store, id, noPeople, "测试"));
        assertTrue(refused.getMessage().contains("家庭人口"), refused.getMessage());
        assertEquals("0", text("SELECT COUNT(*) FROM MONITORING.INCOME_CARD WHERE YEAR_ = 2022"), "nothing written");
        assertEquals("0", text("SELECT COUNT(*) FROM CORE.ANNUAL_INCOME WHERE YEAR_ = 2022"));
    }

    @Test
    void aSheetOfCardsImportedIsPostedAsTheHouseholdsIncomesAndABadRowNamed() throws Exception {
        Path sheet = folder.resolve("收入明白卡.csv");
        Files.writeString(sheet, "农户,年度,家庭人口,工资性收入（元）\n" + NUMBER + ",2021,3,24000\n", StandardCharsets.UTF_8);
        List<EPackage> packages = List.of(CorePackage.eINSTANCE, MonitoringPackage.eINSTANCE);
        ImportResult imported = RecordImport.run(store, packages, ModelLabels.read(Platform.getExtensionRegistry(), packages),
                MonitoringPackage.Literals.INCOME_CARD, sheet, RecordImport.Options.defaults("测试"), new NullProgressMonitor());
        assertFalse(imported.hasProblems(), imported.problems().toString());
        assertEquals("8000.00", text("SELECT PER_CAPITA_NET_INCOME FROM CORE.ANNUAL_INCOME WHERE YEAR_ = 2021"), "24,000 for 3 people");

        Files.writeString(sheet, "农户,年度,家庭人口,工资性收入（元）\n" + NUMBER + ",2023,3,24000\n", StandardCharsets.UTF_8);
        ImportResult refused = RecordImport.run(store, packages, ModelLabels.read(Platform.getExtensionRegistry(), packages),
                MonitoringPackage.Literals.INCOME_CARD, sheet, RecordImport.Options.defaults("测试"), new NullProgressMonitor());
        assertEquals(1, refused.problems().size(), refused.problems().toString());
        assertTrue(refused.problems().get(0).toString().contains("第 2 行") && refused.problems().get(0).toString().contains("2023"),
                refused.problems().toString());
        assertEquals("0", text("SELECT COUNT(*) FROM MONITORING.INCOME_CARD WHERE YEAR_ = 2023"), "nothing written");
    }

    private String text(String sql) throws Exception {
        try (Connection connection = store.connect(); ResultSet rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}

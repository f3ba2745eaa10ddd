package xiaokang.monitoring.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;

import xiaokang.monitoring.IncomeAccount;
import xiaokang.monitoring.IncomeCards;
import xiaokang.monitoring.WarningRun;
import xiaokang.monitoring.model.IncomeCard;
import xiaokang.monitoring.model.MonitoringPackage;
import xiaokang.monitoring.model.PolicyYear;
import xiaokang.reports.ReportFormat;
import xiaokang.reports.testing.DemoCountyTest;
import xiaokang.reports.testing.RenderedReports;
import xiaokang.store.Session;

/** The demo county's monitoring: its proportions, every kind and step, the indicators against counts of the database, the income cards. */
class MonitoringDemoTest extends DemoCountyTest {

    private static final String ACTIVE = "STAGE IN ('MONITORED', 'ELIMINATION_VISITED', 'ELIMINATION_PUBLICISED')";

    @Test
    void anIncomeCardForEveryRegisteredHouseholdAndYear() throws SQLException {
        long registered = count("SELECT COUNT(*) FROM CORE.HOUSEHOLD H WHERE H.REGISTERED AND EXISTS "
                + "(SELECT 1 FROM CORE.PERSON P WHERE P.HOUSEHOLD_ID = H.ID)");
        assertEquals(registered * 4, count("SELECT COUNT(*) FROM MONITORING.INCOME_CARD"));
        assertEquals(0, count("SELECT COUNT(*) FROM MONITORING.INCOME_CARD C WHERE NOT EXISTS (SELECT 1 FROM CORE.ANNUAL_INCOME I "
                + "WHERE I.HOUSEHOLD_ID = C.HOUSEHOLD_ID AND I.YEAR_ = C.YEAR_)"), "every card's figure is its household's income");
    }

    @Test
    void monitoredHouseholdsInShaoyangsProportionsAtEveryStep() throws SQLException {
        long all = count("SELECT COUNT(*) FROM MONITORING.MONITORED_HOUSEHOLD");
        assertTrue(all >= 2_500 && all <= 3_000, "Shaodong's share of Shaoyang's 16,869: " + all);
        long unstable = count("SELECT COUNT(*) FROM MONITORING.MONITORED_HOUSEHOLD WHERE CATEGORY = 'UNSTABLE'");
        long edge = count("SELECT COUNT(*) FROM MONITORING.MONITORED_HOUSEHOLD WHERE CATEGORY = 'EDGE'");
        long sudden = count("SELECT COUNT(*) FROM MONITORING.MONITORED_HOUSEHOLD WHERE CATEGORY = 'SUDDEN_HARDSHIP'");
        assertTrue(unstable > edge && edge > sudden, unstable + " > " + edge + " > " + sudden);
        assertEquals(10, count("SELECT COUNT(DISTINCT STAGE) FROM MONITORING.MONITORED_HOUSEHOLD"), "every stage");
        assertTrue(count("SELECT COUNT(*) FROM MONITORING.MONITORED_HOUSEHOLD WHERE STAGE_DUE < CURRENT_DATE") > 0, "some overdue");
        assertEquals(6, count("SELECT COUNT(DISTINCT KIND) FROM MONITORING.WARNING"), "warnings of every kind");
        assertEquals(3, count("SELECT COUNT(DISTINCT STATUS) FROM MONITORING.WARNING WHERE STATUS <> 'CLEARED'"), "open, dismissed, identifying");
    }

    @Test
    void theIndicatorsAgreeWithCountsOfTheDatabase() throws SQLException {
        assertEquals(count("SELECT COUNT(*) FROM MONITORING.MONITORED_HOUSEHOLD WHERE " + ACTIVE), city("monitoring.monitored").longValue());
        assertEquals(count("SELECT COUNT(*) FROM CORE.PERSON WHERE HOUSEHOLD_ID IN (SELECT HOUSEHOLD_ID FROM MONITORING.MONITORED_HOUSEHOLD WHERE "
                + ACTIVE + ")"), city("monitoring.monitored-people").longValue());
        long byCategory = city("monitoring.unstable").longValue() + city("monitoring.edge").longValue()
                + city("monitoring.sudden-hardship").longValue();
        assertEquals(city("monitoring.monitored").longValue(), byCategory, "the categories add up");
        assertEquals(count("SELECT COUNT(*) FROM MONITORING.MONITORED_HOUSEHOLD WHERE STAGE = 'ELIMINATED'"),
                city("monitoring.eliminated").longValue());
        assertTrue(city("monitoring.eliminated").longValue() > 0);
        long open = count("SELECT COUNT(*) FROM MONITORING.WARNING WHERE STATUS = 'OPEN'");
        assertEquals(open, city("monitoring.open-warnings").longValue());
        long overdue = count("SELECT COUNT(*) FROM MONITORING.WARNING WHERE STATUS = 'OPEN' AND VISIT_BY < CURRENT_DATE");
        assertEquals(overdue, city("monitoring.overdue-warnings").longValue(), "the visit is due before the decision");
        assertTrue(overdue > 0 && overdue < open, overdue + " of " + open);
        long line = count("SELECT CAST(INCOME_LINE AS INT) FROM MONITORING.POLICY_YEAR WHERE YEAR_ = 2024");
        long incomes = count("SELECT COUNT(*) FROM CORE.ANNUAL_INCOME WHERE YEAR_ = 2024");
        long below = count("SELECT COUNT(*) FROM CORE.ANNUAL_INCOME WHERE YEAR_ = 2024 AND PER_CAPITA_NET_INCOME < " + line);
        assertEquals(100.0 * below / incomes, city("monitoring.below-line-share").doubleValue(), 0.05);
        long townships = count("SELECT SUM(VALUE_) FROM REPORTS.INDICATOR_VALUE WHERE INDICATOR_ID = 'monitoring.monitored'"
                + " AND LEVEL_ = 'TOWNSHIP' AND RUN_ID = (SELECT MAX(ID) FROM REPORTS.INDICATOR_RUN)");
        assertEquals(city("monitoring.monitored").longValue(), townships, "townships add up to the city");
    }

    @Test
    void theIncomeCardsOfTheFirstVillageOnePageEach() throws Exception {
        String text = RenderedReports.pdfText(render("monitoring.income-card", ReportFormat.PDF, Map.of()));
        long cards = count("SELECT COUNT(*) FROM CORE.HOUSEHOLD H JOIN MONITORING.INCOME_CARD C ON C.HOUSEHOLD_ID = H.ID AND C.YEAR_ = 2024 "
                + "WHERE H.VILLAGE_ID = (SELECT ID FROM CORE.VILLAGE WHERE CODE = (SELECT MIN(CODE) FROM CORE.VILLAGE))");
        assertTrue(cards > 5, "the first village's households: " + cards);
        assertEquals(cards, text.split("2024年度农户收入明白卡", -1).length - 1, "one card a household");
        assertTrue(text.contains("户主（签字）") && text.contains("驻村第一书记（签字）") && text.contains("村支书（签字）")
                && text.contains("帮扶责任人（签字）"), "the signature lines");
    }

    @Test
    void aHouseholdsCardHasTheFiguresOfItsAccountAndItsYearsLine() throws Exception {
        String number;
        IncomeAccount account;
        PolicyYear policy;
        try (Session session = store.openSession("测试")) {
            IncomeCard card = session.<IncomeCard>find(MonitoringPackage.Literals.INCOME_CARD__YEAR, 2023).stream().filter(c -> c.getPeople() > 2)
                    .findFirst().orElseThrow();
            policy = IncomeCards.policy(session, 2023);
            account = IncomeAccount.of(card, policy);
            number = card.getHousehold().getNumber();
        }
        String text = RenderedReports.pdfText(render("monitoring.income-card", ReportFormat.PDF, Map.of("household", number, "year", "2023")));
        assertEquals(1, text.split("2023年度农户收入明白卡", -1).length - 1, "one card");
        assertTrue(text.contains(number), number);
        DecimalFormat yuan = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        Map<String, BigDecimal> rows = Map.of("经营性收入（毛收入）", account.operating(), "转移性收入", account.transfers(), "家庭总收入",
                account.total(), "生产经营成本", account.productionCosts(), "家庭纯收入", account.net(), "人均纯收入", account.perCapitaNet(),
                "当年监测收入线（元/人）", policy.getIncomeLine());
        rows.forEach((row, figure) -> assertTrue(text.contains(row + yuan.format(figure)), row + " " + yuan.format(figure) + " in " + text));
    }

    @Test
    void theDemosWarningsAreWhatTheRulesRaise() throws Exception {
        // Writes nothing when the demo is right; when it is not, the test fails and the class's county goes with it.
        WarningRun.Summary summary = WarningRun.run(store, "测试", LocalDate.now(), 0, new NullProgressMonitor());
        assertEquals(0, summary.opened() + summary.reopened() + summary.cleared() + summary.joined(), summary.toString());
        assertEquals(count("SELECT COUNT(*) FROM MONITORING.WARNING WHERE STATUS = 'OPEN'"), summary.open());
    }

    /** The text of a query of one row and one column. */
    private String text(String sql) throws SQLException {
        try (Statement query = connection.createStatement(); ResultSet rows = query.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }

    @Test
    void theMonthlyReportCountsTheMonthsStepsAndTheHouseholdsStillAtRisk() throws Exception {
        LocalDate day = LocalDate.parse(text("SELECT CHAR(MAX(IDENTIFIED_ON)) FROM MONITORING.MONITORED_HOUSEHOLD"));
        LocalDate start = day.withDayOfMonth(1);
        String from = "DATE('" + start + "')";
        String to = "DATE('" + start.plusMonths(1) + "')";
        long found = count("SELECT COUNT(*) FROM MONITORING.MONITORED_HOUSEHOLD WHERE FOUND_ON >= " + from + " AND FOUND_ON < " + to);
        long identified = count("SELECT COUNT(*) FROM MONITORING.MONITORED_HOUSEHOLD WHERE IDENTIFIED_ON >= " + from + " AND IDENTIFIED_ON < " + to);
        long eliminated = count("SELECT COUNT(*) FROM MONITORING.MONITORED_HOUSEHOLD WHERE ELIMINATED_ON >= " + from + " AND ELIMINATED_ON < " + to);
        long atRisk = count("SELECT COUNT(*) FROM MONITORING.MONITORED_HOUSEHOLD WHERE IDENTIFIED_ON < " + to
                + " AND (ELIMINATED_ON IS NULL OR ELIMINATED_ON >= " + to + ")");
        assertTrue(identified > 0 && atRisk > 0);
        String text = RenderedReports.pdfText(render("monitoring.monthly", ReportFormat.PDF, Map.of("month", start.toString().substring(0, 7))));
        String lead = start.getYear() + "年" + start.getMonthValue() + "月：新发现" + found + "户，纳入监测" + identified + "户，风险消除" + eliminated + "户";
        assertTrue(text.contains(lead), lead + " in " + text);
        assertTrue(text.contains("仍有风险" + atRisk + "户"), atRisk + " in " + text);
    }

    @Test
    void theOverdueReportListsTheStepsAndWarningsPastTheirDays() throws Exception {
        long steps = count("SELECT COUNT(*) FROM MONITORING.MONITORED_HOUSEHOLD WHERE STAGE_DUE < CURRENT_DATE"
                + " AND STAGE NOT IN ('NOT_INCLUDED', 'ELIMINATED')");
        long warnings = count("SELECT COUNT(*) FROM MONITORING.WARNING WHERE STATUS = 'OPEN' AND (VISIT_BY < CURRENT_DATE OR DECIDE_BY < CURRENT_DATE)");
        String city = RenderedReports.pdfText(render("monitoring.overdue", ReportFormat.PDF, Map.of()));
        assertTrue(city.contains("认定和消除步骤逾期" + steps + "户，预警逾期未处置" + warnings + "条"), steps + ", " + warnings + " in " + city);
        String township = text("SELECT NAME FROM CORE.TOWNSHIP WHERE CODE = (SELECT MIN(CODE) FROM CORE.TOWNSHIP)");
        long own = count("SELECT COUNT(*) FROM MONITORING.MONITORED_HOUSEHOLD X WHERE X.STAGE_DUE < CURRENT_DATE"
                + " AND X.STAGE NOT IN ('NOT_INCLUDED', 'ELIMINATED') AND X.HOUSEHOLD_ID IN (SELECT H.ID FROM CORE.HOUSEHOLD H, CORE.VILLAGE V, CORE.TOWNSHIP T"
                + " WHERE H.VILLAGE_ID = V.ID AND V.TOWNSHIP_ID = T.ID AND T.NAME = '" + township + "')");
        assertTrue(own < steps);
        String one = RenderedReports.pdfText(render("monitoring.overdue", ReportFormat.PDF, Map.of("township", township)));
        assertTrue(one.contains("认定和消除步骤逾期" + own + "户"), own + " in " + one);
    }

    @Test
    void theEliminationListNamesEveryHouseholdEliminatedInTheYear() throws Exception {
        long year = count("SELECT MAX(YEAR(ELIMINATED_ON)) FROM MONITORING.MONITORED_HOUSEHOLD");
        long eliminated = count("SELECT COUNT(*) FROM MONITORING.MONITORED_HOUSEHOLD WHERE STAGE = 'ELIMINATED' AND YEAR(ELIMINATED_ON) = " + year);
        long pending = count("SELECT COUNT(*) FROM MONITORING.MONITORED_HOUSEHOLD WHERE STAGE IN ('ELIMINATION_VISITED', 'ELIMINATION_PUBLICISED')");
        String text = RenderedReports.pdfText(render("monitoring.elimination-list", ReportFormat.PDF, Map.of("year", String.valueOf(year))));
        assertTrue(text.contains(year + "年标注风险消除" + eliminated + "户；正在办理风险消除" + pending + "户"), text);
        String first = text("SELECT H.NUMBER FROM MONITORING.MONITORED_HOUSEHOLD X JOIN CORE.HOUSEHOLD H ON X.HOUSEHOLD_ID = H.ID"
                + " WHERE X.STAGE = 'ELIMINATED' AND YEAR(X.ELIMINATED_ON) = " + year + " ORDER BY H.NUMBER FETCH FIRST 1 ROWS ONLY");
        assertTrue(text.contains(first), first);
    }
}

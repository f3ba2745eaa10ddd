package xiaokang.supervision.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import xiaokang.core.Severity;
import xiaokang.data.FindingSource;
import xiaokang.reports.ReportFormat;
import xiaokang.reports.testing.DemoCountyTest;
import xiaokang.reports.testing.RenderedReports;
import xiaokang.reports.testing.TestServices;

/** The demo county's supervision data, its indicators and its four reports, with their figures. */
class SupervisionDemoTest extends DemoCountyTest {

    @Test
    void shaodongsListedSupervisionInspectionsAndRound() throws SQLException {
        assertEquals(6, count("SELECT COUNT(*) FROM SUPERVISION.LISTED_SUPERVISION WHERE LEVEL = 'PROVINCE' AND VILLAGE_ID IS NOT NULL"));
        assertEquals(4, count("SELECT COUNT(*) FROM SUPERVISION.LISTED_SUPERVISION WHERE LEVEL = 'CITY' AND VILLAGE_ID IS NOT NULL"));
        assertEquals(5, count("SELECT COUNT(*) FROM SUPERVISION.LISTED_SUPERVISION WHERE VILLAGE_ID IS NULL"));
        assertEquals(26, count("SELECT COUNT(DISTINCT TARGET_ID) FROM SUPERVISION.INSPECTION_GROUP_TOWNSHIPS"));
        assertEquals(21, count("SELECT COUNT(*) FROM CORE.TOWNSHIP T WHERE NOT EXISTS (SELECT 1 FROM SUPERVISION.LISTED_SUPERVISION L"
                + " WHERE L.TOWNSHIP_ID = T.ID AND L.VILLAGE_ID IS NULL)"));
        assertEquals(1, count("SELECT COUNT(*) FROM SUPERVISION.RESCREENING_ROUND"));
    }

    @Test
    void theIndicatorsAgreeWithTheLedger() throws SQLException {
        long all = count("SELECT COUNT(*) FROM SUPERVISION.PROBLEM");
        long open = count("SELECT COUNT(*) FROM SUPERVISION.PROBLEM WHERE STATUS <> 'CLOSED'");
        assertTrue(all > 3_000 && all < 3_500, "a few thousand problems: " + all);
        assertEquals(all, city("supervision.problems-found").longValue());
        assertEquals(open, city("supervision.open-problems").longValue());
        assertEquals(open, city("supervision.overdue-problems").longValue(), "every open demo problem is past its 2020-21 deadline");
        double closed = city("supervision.closed-share").doubleValue();
        assertEquals(100.0 * (all - open) / all, closed, 0.05);
        assertTrue(closed > 98, "almost all closed: " + closed);
        long screened = count("SELECT COUNT(*) FROM SUPERVISION.SCREENING_RECORD");
        assertEquals(screened, city("supervision.households-screened").longValue());
        long scope = count("SELECT COUNT(*) FROM CORE.HOUSEHOLD");
        assertEquals(100.0 * screened / scope, city("supervision.screening-coverage").doubleValue(), 0.05);
        assertTrue(screened > scope * 0.88 && screened < scope * 0.94, screened + " of " + scope);
        long townshipOpen = count("SELECT SUM(VALUE_) FROM REPORTS.INDICATOR_VALUE WHERE INDICATOR_ID = 'supervision.open-problems'"
                + " AND LEVEL_ = 'TOWNSHIP' AND RUN_ID = (SELECT MAX(ID) FROM REPORTS.INDICATOR_RUN)");
        assertEquals(open, townshipOpen, "townships add up to the city");
    }

    @Test
    void openProblemsOfHouseholdsAreFindingsForTheProblemsViewAndTheNavigator() throws SQLException {
        long open = count("SELECT COUNT(*) FROM SUPERVISION.PROBLEM WHERE STATUS <> 'CLOSED' AND HOUSEHOLD_ID IS NOT NULL");
        List<FindingSource.Finding> findings = TestServices.findingSources().all(connection, LocalDate.now());
        assertEquals(open, findings.size());
        assertTrue(findings.stream().allMatch(f -> f.violation().severity() == Severity.ERROR
                && f.violation().message().contains("逾期") && f.household() != null), "every demo problem is overdue today");
        assertEquals(open, TestServices.findingSources().all(connection, LocalDate.of(2020, 1, 1)).stream()
                .filter(f -> f.violation().severity() == Severity.WARNING).count(), "not yet overdue in January 2020");
    }

    @Test
    void theProblemLedgerReportStatesTheTotalsAndListsEveryOpenProblem() throws Exception {
        String text = RenderedReports.pdfText(render("supervision.problem-ledger", ReportFormat.PDF, Map.of()));
        long all = count("SELECT COUNT(*) FROM SUPERVISION.PROBLEM");
        long open = count("SELECT COUNT(*) FROM SUPERVISION.PROBLEM WHERE STATUS <> 'CLOSED'");
        assertTrue(text.contains("全市问题台账共" + all + "个问题"), text.substring(0, Math.min(600, text.length())));
        assertTrue(text.contains("未销号" + open + "个"), "open count");
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT NUMBER FROM SUPERVISION.PROBLEM WHERE STATUS <> 'CLOSED'")) {
            while (rows.next()) {
                assertTrue(text.contains(rows.getString(1)), "open problem " + rows.getString(1) + " listed");
            }
        }
        String html = Files.readString(render("supervision.problem-ledger", ReportFormat.HTML, Map.of()), StandardCharsets.UTF_8);
        assertTrue(html.contains("乡镇合计") && html.contains("住房安全"), "township x area rows");
        assertTrue(Files.size(render("supervision.problem-ledger", ReportFormat.XLSX, Map.of())) > 0);
    }

    @Test
    void theListedSupervisionReportCountsEachKind() throws Exception {
        String text = RenderedReports.pdfText(render("supervision.listed-status", ReportFormat.PDF, Map.of()));
        assertTrue(text.contains("省定贫困村6个、市定贫困村4个、市定乡镇5个"), text.substring(0, Math.min(600, text.length())));
        assertTrue(text.contains("已摘牌15个"), "all delisted by the end of 2020");
    }

    @Test
    void theInspectionCoverageReportFindsTheTwoMissedMonths() throws Exception {
        String text = RenderedReports.pdfText(render("supervision.inspection-coverage", ReportFormat.PDF, Map.of("year", "2020")));
        assertTrue(text.contains("未挂牌的21个乡镇应每月至少督查一次；漏查2个乡镇·月"), text.substring(0, Math.min(600, text.length())));
        String none = RenderedReports.pdfText(render("supervision.inspection-coverage", ReportFormat.PDF, Map.of("year", "2019")));
        assertTrue(none.contains("漏查252个乡镇·月"), "no inspections in 2019: 21 x 12 gaps");
    }

    @Test
    void theRescreeningReportShowsTheRoundsProgress() throws Exception {
        String text = RenderedReports.pdfText(render("supervision.rescreening-progress", ReportFormat.PDF, Map.of()));
        long scope = count("SELECT COUNT(*) FROM CORE.HOUSEHOLD");
        long screened = count("SELECT COUNT(*) FROM SUPERVISION.SCREENING_RECORD");
        assertTrue(text.contains("应筛" + scope + "户，已筛" + screened + "户"), text.substring(0, Math.min(600, text.length())));
    }

}

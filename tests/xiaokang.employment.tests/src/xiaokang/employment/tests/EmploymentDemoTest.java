package xiaokang.employment.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import xiaokang.core.Severity;
import xiaokang.data.FindingSource;
import xiaokang.employment.EmploymentGap;
import xiaokang.employment.ReturnProgress;
import xiaokang.employment.Workshops;
import xiaokang.reports.ReportFormat;
import xiaokang.reports.testing.DemoCountyTest;
import xiaokang.reports.testing.RenderedReports;
import xiaokang.reports.testing.TestServices;

/** The demo county's jobs: the source's figures as indicators, the gap list, and the three reports. */
class EmploymentDemoTest extends DemoCountyTest {

    private long cityCount(String indicator) throws SQLException {
        return city(indicator).longValue();
    }

    @Test
    void theSourcesFiguresAreTheIndicators() throws SQLException {
        assertEquals(115, cityCount("employment.workshops"));
        long workers = cityCount("employment.workers");
        assertTrue(workers > 4_600 && workers < 4_700, "over 4,600 workers: " + workers);
        assertEquals(2_130, cityCount("employment.poor-workers"));
        assertEquals(21_025, cityCount("employment.back-at-work"));
        assertEquals(21_025, count("SELECT SUM(VALUE_) FROM REPORTS.INDICATOR_VALUE WHERE INDICATOR_ID = 'employment.back-at-work'"
                + " AND LEVEL_ = 'TOWNSHIP' AND RUN_ID = (SELECT MAX(ID) FROM REPORTS.INDICATOR_RUN)"), "townships add up");
    }

    @Test
    void theNamedWorkshopsAreThere() throws SQLException {
        List<Workshops.Row> workshops = Workshops.list(connection);
        assertEquals(115, workshops.size());
        Workshops.Row kanghui = workshops.stream().filter(w -> w.operator() != null && w.operator().equals("康汇服装有限公司")).findFirst().orElseThrow();
        assertEquals("牛马司镇", kanghui.township());
        assertEquals("学生校服", kanghui.products());
        assertEquals(1, count("SELECT COUNT(*) FROM EMPLOYMENT.WORKSHOP W JOIN CORE.VILLAGE V ON W.VILLAGE_ID = V.ID"
                + " JOIN CORE.TOWNSHIP T ON W.TOWNSHIP_ID = T.ID WHERE V.NAME = '长流村' AND T.NAME = '斫石曹乡' AND W.AWARDS LIKE '%最具品牌影响力%'"));
        assertTrue(workshops.stream().allMatch(w -> w.poorWorkers() <= w.workers()), "the poor are among the workers");
        long gain = Math.round(workshops.stream().filter(w -> w.averageGain() != null).mapToDouble(w -> w.averageGain().doubleValue() * w.poorWorkers()).sum()
                / workshops.stream().mapToInt(Workshops.Row::poorWorkers).sum());
        assertTrue(gain > 19_000 && gain < 21_000, "about 20,000 yuan more a year: " + gain);
    }

    @Test
    void theGapListHoldsThoseAbleToWorkWithNeitherJobNorCourse() throws Exception {
        List<EmploymentGap.Person> gap = EmploymentGap.read(connection, LocalDate.now());
        assertEquals(40, gap.size());
        assertTrue(gap.stream().allMatch(p -> p.age() >= 16 && p.age() <= 59));
        List<FindingSource.Finding> findings = TestServices.findingSources().all(connection, LocalDate.now());
        assertEquals(40, findings.size());
        assertTrue(findings.stream().allMatch(f -> f.violation().severity() == Severity.WARNING && f.violation().ruleId().equals("employment.gap")
                && f.aboutHousehold() && f.violation().message().contains("没有就业也没有参加培训")));
        county.rolledBack(scratch -> {
            try (Statement statement = scratch.createStatement()) {
                statement.executeUpdate("INSERT INTO EMPLOYMENT.EMPLOYMENT (ID, VERSION, POS, PERSON_ID, PLACE, STARTED) VALUES "
                        + "((SELECT MAX(ID) + 1000000 FROM EMPLOYMENT.EMPLOYMENT), 1, 0, " + gap.get(0).id() + ", 'IN_COUNTY', '2026-01-01')");
            }
            assertEquals(39, EmploymentGap.read(scratch, LocalDate.now()).size(), "a job takes a person off the list");
        });
        assertEquals(40, EmploymentGap.read(connection, LocalDate.now()).size(), "the shared data is as it was");
    }

    @Test
    void theReturnToWorkProgressAddsUp() throws SQLException {
        List<ReturnProgress.Township> townships = ReturnProgress.read(connection);
        assertEquals(26, townships.size());
        assertEquals(21_025, townships.stream().mapToInt(ReturnProgress.Township::back).sum());
        assertEquals(1_180, townships.stream().mapToInt(ReturnProgress.Township::notYet).sum());
        assertEquals(320, townships.stream().mapToInt(ReturnProgress.Township::unable).sum());
    }

    @Test
    void theReportsStateTheFigures() throws Exception {
        String roster = RenderedReports.pdfText(render("employment.workshop-roster", ReportFormat.PDF, Map.of()));
        assertTrue(roster.contains("全市扶贫车间115个") && roster.contains("其中贫困劳动力2130人"), roster.substring(0, Math.min(600, roster.length())));
        assertTrue(roster.contains("康汇服装有限公司"), "the workshop list");
        String back = RenderedReports.pdfText(render("employment.return-to-work", ReportFormat.PDF, Map.of()));
        assertTrue(back.contains("名单22525人，已返岗21025人"), back.substring(0, Math.min(600, back.length())));
        long participants = count("SELECT COUNT(*) FROM EMPLOYMENT.PARTICIPANT");
        String html = Files.readString(render("employment.training-subsidies", ReportFormat.HTML, Map.of()),
                StandardCharsets.UTF_8);
        assertTrue(html.contains("两后生职业培训") && html.contains("参训 <b>" + participants + "</b> 人次"), "participants " + participants);
        assertTrue(Files.size(render("employment.workshop-roster", ReportFormat.XLSX, Map.of())) > 0);
    }

    @Test
    void theReturnToWorkReportCountsTheLatestCampaignByTownshipAndPlace() throws Exception {
        render("employment.return-to-work", ReportFormat.PDF, Map.of());
        String latest = "(SELECT MAX(ID) FROM EMPLOYMENT.RETURN_CAMPAIGN)";
        assertEquals(rows("SELECT V.TOWNSHIP_ID, COUNT(*), SUM(CASE WHEN R.STATUS = 'BACK_AT_WORK' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN R.STATUS = 'UNABLE' THEN 1 ELSE 0 END) FROM EMPLOYMENT.RETURN_ENTRY R JOIN CORE.PERSON P ON R.PERSON_ID = P.ID"
                + " JOIN CORE.HOUSEHOLD H ON P.HOUSEHOLD_ID = H.ID JOIN CORE.VILLAGE V ON H.VILLAGE_ID = V.ID"
                + " WHERE R.RETURN_CAMPAIGN_ID = " + latest + " GROUP BY V.TOWNSHIP_ID ORDER BY 1"),
                rows("SELECT V.TOWNSHIP_ID, SUM(X.LISTED), SUM(X.BACK_AT_WORK), SUM(X.UNABLE) FROM EMPLOYMENT.RETURN_VILLAGE X"
                        + " JOIN CORE.VILLAGE V ON V.ID = X.VILLAGE_ID WHERE X.CAMPAIGN_ID = " + latest + " GROUP BY V.TOWNSHIP_ID ORDER BY 1"),
                "listed, back at work, unable per township");
        assertEquals(rows("SELECT E.PLACE, COUNT(DISTINCT R.PERSON_ID) FROM EMPLOYMENT.RETURN_ENTRY R JOIN EMPLOYMENT.EMPLOYMENT E"
                + " ON E.PERSON_ID = R.PERSON_ID WHERE R.STATUS = 'BACK_AT_WORK' AND E.ENDED IS NULL AND R.RETURN_CAMPAIGN_ID = " + latest
                + " GROUP BY E.PLACE ORDER BY 1"),
                rows("SELECT PLACE, PEOPLE FROM EMPLOYMENT.RETURN_PLACE WHERE CAMPAIGN_ID = " + latest + " ORDER BY 1"),
                "people back at work by the place of their job");
    }

    /** Every row of {@code sql} as its columns joined by spaces. */
    private List<String> rows(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int column = 1; column <= columns; column++) {
                    row.append(result.getString(column)).append(' ');
                }
                rows.add(row.toString().strip());
            }
        }
        assertTrue(!rows.isEmpty(), sql);
        return rows;
    }
}

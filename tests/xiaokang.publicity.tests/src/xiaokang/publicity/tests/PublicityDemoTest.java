package xiaokang.publicity.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;

import xiaokang.core.Severity;
import xiaokang.data.FindingSource;
import xiaokang.publicity.FourOnes;
import xiaokang.publicity.PublicityRecords;
import xiaokang.publicity.model.FourOnesKind;
import xiaokang.reports.ReportFormat;
import xiaokang.reports.testing.DemoCountyTest;
import xiaokang.reports.testing.RenderedReports;
import xiaokang.reports.testing.TestServices;

/** The demo county's publicity and social help: the figures, the visit rule, the board and the four reports. */
class PublicityDemoTest extends DemoCountyTest {

    private double cityValue(String indicator) throws SQLException {
        return city(indicator).doubleValue();
    }

    @Test
    void theSourcesFiguresAreTheIndicators() throws SQLException {
        assertEquals(32, cityValue("publicity.media-reports"));
        assertEquals(10, cityValue("publicity.awards"));
        assertEquals(26 * 4 * 2, cityValue("publicity.commendations"), "two models per category and township");
        assertEquals(70_600, cityValue("publicity.volunteers"));
        assertEquals(2_050, cityValue("publicity.prosperity-leaders"));
        long paired = count("SELECT COUNT(*) FROM CORE.HOUSEHOLD WHERE CADRE_ID IS NOT NULL");
        assertEquals(100.0 * (paired - 8) / paired, cityValue("publicity.visit-compliance"), 0.05, "eight households missed in December");
        List<PublicityRecords.Report> reports = PublicityRecords.reports(connection);
        assertTrue(reports.stream().anyMatch(r -> r.outlet().equals("湖南日报") && r.title().equals("“小车间”助力“大扶贫”")));
        assertTrue(reports.stream().anyMatch(r -> r.outlet().equals("湖南卫视") && r.title().equals("企业建在家门口，就业就在村里头")));
        assertTrue(PublicityRecords.awards(connection).stream().anyMatch(a -> a.name().contains("最具品牌影响力") && a.awardedTo().startsWith("长流村")));
        assertTrue(PublicityRecords.charity(connection).stream().anyMatch(c -> c.donor().equals("创业新村家具城") && c.place().equals("流泽镇 永华村")));
    }

    @Test
    void householdsNotVisitedInTheLatestMonthAreWarnings() throws Exception {
        LocalDate december = LocalDate.of(2020, 12, 1);
        assertEquals(december, FourOnes.latestMonth(connection, LocalDate.now()));
        List<FourOnes.Missed> missed = FourOnes.missed(connection, december);
        assertEquals(8, missed.size());
        List<FindingSource.Finding> findings = TestServices.findingSources().all(connection, LocalDate.now()).stream()
                .filter(f -> f.violation().ruleId().equals("publicity.missed-visit")).toList();
        assertEquals(8, findings.size());
        assertTrue(findings.stream().allMatch(f -> f.violation().severity() == Severity.WARNING && f.violation().message().contains("2020-12")));

        FourOnes.Missed first = missed.get(0);
        FourOnes.recordVisit(store, first.cadreId(), december.plusDays(14), List.of(first.householdId()), "补记走访", "test");
        assertEquals(7, FourOnes.missed(connection, december).size(), "a recorded visit closes the gap");
        assertTrue(FourOnes.ofHousehold(connection, first.householdId()).stream().anyMatch(r -> r.month().equals(december)
                && r.kind() == FourOnesKind.VISIT && "补记走访".equals(r.notes())), "the household's page lists it");
    }

    @Test
    void theBoardShowsEachCadresMissedMonths() throws SQLException {
        long township = count("SELECT MIN(ID) FROM CORE.TOWNSHIP");
        List<FourOnes.BoardRow> board = FourOnes.board(connection, township, 2020);
        assertEquals(count("SELECT COUNT(DISTINCT H.CADRE_ID) FROM CORE.HOUSEHOLD H JOIN CORE.VILLAGE V ON H.VILLAGE_ID = V.ID"
                + " WHERE V.TOWNSHIP_ID = " + township), board.size());
        long visits2019 = FourOnes.board(connection, township, 2019).stream().filter(row -> row.complete(1)).count();
        assertEquals(0, visits2019, "no visit is recorded in 2019");
        assertTrue(board.stream().filter(row -> row.complete(6)).count() >= board.size() - 3, "almost everyone visited in June");
    }

    @Test
    void theReportsStateTheFigures() throws Exception {
        String summary = RenderedReports.pdfText(render("publicity.summary", ReportFormat.PDF, Map.of()));
        assertTrue(summary.contains("媒体报道32篇，获得荣誉10项，表彰先进典型208人"), summary.substring(0, Math.min(600, summary.length())));
        assertTrue(summary.contains("“小车间”助力“大扶贫”"));
        String fourOnes = RenderedReports.pdfText(render("publicity.four-ones", ReportFormat.PDF,
                Map.of("year", "2020")));
        assertTrue(fourOnes.contains("结对帮扶干部" + count("SELECT COUNT(DISTINCT CADRE_ID) FROM CORE.HOUSEHOLD") + "人"), fourOnes.substring(0, 400));
        String help = RenderedReports.pdfText(render("publicity.social-help", ReportFormat.PDF, Map.of()));
        assertTrue(help.contains("注册志愿者70600人") && help.contains("致富带头人2050人") && help.contains("创业新村家具城"), help.substring(0, 400));
    }

    @Test
    void theFourOnesReportCountsTheCadresWithAHouseholdNobodyVisitedAndFollowsANewVisit() throws Exception {
        LocalDate december = LocalDate.of(2020, 12, 1);
        String pdf = RenderedReports.pdfText(render("publicity.four-ones", ReportFormat.PDF, Map.of("year", "2020")));
        for (LocalDate month : List.of(LocalDate.of(2020, 6, 1), december)) {
            assertEquals(unvisitedCadresByTownship(month), keptCadresMissing(month), "cadres who missed a household in " + month);
        }
        List<String> unvisited = unvisitedHouseholds(december);
        assertTrue(unvisited.size() >= 7 && unvisited.stream().allMatch(pdf::contains), "the latest month's list names them: " + unvisited);

        List<FourOnes.Missed> missed = FourOnes.missed(connection, december);
        FourOnes.recordVisit(store, missed.get(0).cadreId(), december, List.of(missed.get(0).householdId()), "补记走访", "test");
        String after = RenderedReports.pdfText(render("publicity.four-ones", ReportFormat.PDF, Map.of("year", "2020")));
        assertEquals(unvisitedCadresByTownship(december), keptCadresMissing(december), "kept again after the visit was saved");
        assertFalse(after.contains(missed.get(0).household()), "the household visited leaves the list");
    }

    /** The test's own count, over plain reads: per township, the pairing cadres with a household no visit of the month lists. */
    private Map<Long, Long> unvisitedCadresByTownship(LocalDate month) throws SQLException {
        Set<Long> visited = visitedIn(month);
        Map<Long, Set<Long>> cadres = new TreeMap<>();
        for (long[] pair : pairs()) {
            if (!visited.contains(pair[0])) {
                cadres.computeIfAbsent(pair[2], any -> new HashSet<>()).add(pair[1]);
            }
        }
        Map<Long, Long> counts = new TreeMap<>();
        cadres.forEach((township, ids) -> counts.put(township, (long) ids.size()));
        return counts;
    }

    private Map<Long, Long> keptCadresMissing(LocalDate month) throws SQLException {
        return longs("SELECT TOWNSHIP_ID, CADRES_MISSING FROM PUBLICITY.VISIT_MONTH WHERE CADRES_MISSING > 0 AND MONTH = '" + month + "'");
    }

    private List<String> unvisitedHouseholds(LocalDate month) throws SQLException {
        Set<Long> visited = visitedIn(month);
        Map<Long, String> numbers = new TreeMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT ID, NUMBER FROM CORE.HOUSEHOLD WHERE CADRE_ID IS NOT NULL")) {
            while (rows.next()) {
                numbers.put(rows.getLong(1), rows.getString(2));
            }
        }
        return numbers.entrySet().stream().filter(e -> !visited.contains(e.getKey())).map(Map.Entry::getValue).toList();
    }

    /** Household, cadre, township of every household with a pairing cadre. */
    private List<long[]> pairs() throws SQLException {
        List<long[]> pairs = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT H.ID, H.CADRE_ID, V.TOWNSHIP_ID FROM CORE.HOUSEHOLD H"
                        + " JOIN CORE.VILLAGE V ON H.VILLAGE_ID = V.ID WHERE H.CADRE_ID IS NOT NULL")) {
            while (rows.next()) {
                pairs.add(new long[] { rows.getLong(1), rows.getLong(2), rows.getLong(3) });
            }
        }
        return pairs;
    }

    private Set<Long> visitedIn(LocalDate month) throws SQLException {
        return Set.copyOf(longs("SELECT AH.TARGET_ID, 0 FROM PUBLICITY.FOUR_ONES_ACTIVITY A JOIN PUBLICITY.FOUR_ONES_ACTIVITY_HOUSEHOLDS AH"
                + " ON AH.OWNER_ID = A.ID WHERE A.KIND = 'VISIT' AND A.MONTH = '" + month + "'").keySet());
    }

    private Map<Long, Long> longs(String sql) throws SQLException {
        Map<Long, Long> values = new TreeMap<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.put(rows.getLong(1), rows.getLong(2));
            }
        }
        return values;
    }

    @Test
    void theWorkOverviewIsWrittenFromEveryPluginsIndicators() throws Exception {
        assertTrue(count("SELECT COUNT(*) FROM REPORTS.INDICATOR_VALUE WHERE LEVEL_ = 'CITY'"
                + " AND RUN_ID = (SELECT MAX(ID) FROM REPORTS.INDICATOR_RUN)") > 30, "every plug-in's city figures");
        String pdf;
        String docx;
        // A fresh connection, as the workbench and the command line render with.
        try (Connection fresh = store.connect()) {
            pdf = RenderedReports.pdfText(RenderedReports.render(fresh, folder, "publicity.work-overview", ReportFormat.PDF, Map.of()));
            docx = docxText(RenderedReports.render(fresh, folder, "publicity.work-overview", ReportFormat.DOCX, Map.of()));
        }
        for (String text : List.of(pdf, docx.replaceAll("\\s+", ""))) {
            assertTrue(text.contains("20312户61633人全部脱贫"), text.substring(0, Math.min(600, text.length())));
            assertTrue(text.contains("发展农民专业合作社1091个"), "industry");
            assertTrue(text.contains("建成扶贫车间115个") && text.contains("21025名贫困劳动力返岗就业"), "employment");
            assertTrue(text.contains("注册志愿者70600人"), "social help");
            assertTrue(text.contains("回头看逐户过筛"), "consolidation");
            assertTrue(text.contains("邵东市坚持以脱贫攻坚统揽"), "the city's name from the database");
        }
    }

    @Test
    void theWorkOverviewClaimsOnlyWhatItsFiguresSupport() throws Exception {
        county.rolledBack(scratch -> {
            try (Statement statement = scratch.createStatement()) {
                statement.executeUpdate("UPDATE CORE.CITY SET NAME = '示例市'");
                statement.executeUpdate("UPDATE CORE.HOUSEHOLD SET STATUS = 'NOT_YET_LIFTED' WHERE ID IN "
                        + "(SELECT ID FROM CORE.HOUSEHOLD WHERE STATUS = 'LIFTED_OUT' FETCH FIRST 3 ROWS ONLY)");
                statement.executeUpdate("UPDATE CORE.VILLAGE SET YEAR_EXITED = NULL WHERE ID = (SELECT MIN(ID) FROM CORE.VILLAGE WHERE POOR)");
            }
            String text = RenderedReports.pdfText(RenderedReports.render(scratch, folder, "publicity.work-overview", ReportFormat.PDF, Map.of()));
            assertTrue(text.contains("示例市坚持以脱贫攻坚统揽"), text.substring(0, Math.min(600, text.length())));
            assertFalse(text.contains("邵东市坚持"), "no name of another city");
            assertFalse(text.contains("全部脱贫") || text.contains("全部出列"), "not all lifted, not all exited");
            assertTrue(text.contains("尚有3户未脱贫") && text.contains("尚有1个未出列"), text.substring(0, Math.min(600, text.length())));
        });
        assertEquals(1, count("SELECT COUNT(*) FROM CORE.CITY WHERE NAME = '邵东市'"), "the shared database is as it was");
    }

    private static String docxText(Path docx) throws Exception {
        try (ZipFile zip = new ZipFile(docx.toFile()); InputStream document = zip.getInputStream(zip.getEntry("word/document.xml"))) {
            return new String(document.readAllBytes(), StandardCharsets.UTF_8).replaceAll("<[^>]+>", "");
        }
    }
}

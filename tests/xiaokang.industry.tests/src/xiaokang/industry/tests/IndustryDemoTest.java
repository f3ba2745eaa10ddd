package xiaokang.industry.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import xiaokang.core.Severity;
import xiaokang.data.FindingSource;
import xiaokang.industry.BenefitLinks;
import xiaokang.industry.IndustryDirectory;
import xiaokang.industry.LinkRow;
import xiaokang.industry.model.IndustryPackage;
import xiaokang.reports.ReportFormat;
import xiaokang.reports.testing.DemoCountyTest;
import xiaokang.reports.testing.RenderedReports;
import xiaokang.reports.testing.TestServices;

/** The demo county's industry: the source's figures, the indicators, the findings and the four reports. */
class IndustryDemoTest extends DemoCountyTest {

    @Test
    void theSourcesFiguresAreTheIndicators() throws SQLException {
        assertEquals(1_091, city("industry.cooperatives").longValue());
        assertEquals(77, city("industry.poor-villages-covered").longValue(), "all 77 poor villages covered");
        long gaining = city("industry.people-gaining-2000").longValue();
        assertTrue(gaining > 20_000 && gaining < 21_000, "over 20,000 people gain 2,000 yuan or more: " + gaining);
        BigDecimal subsidies = city("industry.subsidy-total");
        assertTrue(subsidies.compareTo(new BigDecimal("70000000")) > 0 && subsidies.compareTo(new BigDecimal("72000000")) < 0,
                "over 70 million yuan of subsidies: " + subsidies);
        BigDecimal sales = city("industry.consumption-sales");
        assertTrue(sales.compareTo(new BigDecimal("30000000")) > 0 && sales.compareTo(new BigDecimal("31000000")) < 0,
                "over 30 million yuan of consumption help: " + sales);
        long townshipSubsidies = count("SELECT SUM(VALUE_) FROM REPORTS.INDICATOR_VALUE WHERE INDICATOR_ID = 'industry.subsidy-total'"
                + " AND LEVEL_ = 'TOWNSHIP' AND RUN_ID = (SELECT MAX(ID) FROM REPORTS.INDICATOR_RUN)");
        assertEquals(subsidies.longValue(), townshipSubsidies, "every grant reaches a township");
    }

    @Test
    void theNamedCooperativesAndBasesAreThere() throws SQLException {
        assertEquals(1, count("SELECT COUNT(*) FROM INDUSTRY.COOPERATIVE WHERE NAME LIKE '%建成生态%'"));
        assertEquals(1, count("SELECT COUNT(*) FROM INDUSTRY.COOPERATIVE WHERE NAME LIKE '%本草堂%'"));
        assertEquals(1, count("SELECT COUNT(*) FROM INDUSTRY.INDUSTRY_BASE B JOIN CORE.TOWNSHIP T ON B.TOWNSHIP_ID = T.ID"
                + " WHERE T.NAME = '斫石曹乡' AND B.PRODUCT = '芍药' AND B.AREA = 10000"));
        assertEquals(1, count("SELECT COUNT(*) FROM INDUSTRY.INDUSTRY_BASE B JOIN CORE.TOWNSHIP T ON B.TOWNSHIP_ID = T.ID"
                + " WHERE T.NAME = '牛马司镇' AND B.PRODUCT = '蔬菜' AND B.AREA = 10000"));
        assertEquals(3, count("SELECT COUNT(*) FROM INDUSTRY.INDUSTRY_BASE B JOIN CORE.TOWNSHIP T ON B.TOWNSHIP_ID = T.ID"
                + " WHERE T.NAME IN ('流光岭镇', '团山镇', '流泽镇') AND B.PRODUCT IN ('黄花菜', '玉竹')"));
        assertEquals(1, count("SELECT COUNT(*) FROM INDUSTRY.INDUSTRY_BASE B JOIN CORE.TOWNSHIP T ON B.TOWNSHIP_ID = T.ID"
                + " WHERE T.NAME = '廉桥镇' AND B.PRODUCT = '中药材'"));
    }

    @Test
    void theDirectoryListsEachTownshipsCooperativesWithTheirLinks() throws SQLException {
        List<IndustryDirectory.Township> townships = IndustryDirectory.townships(connection);
        assertEquals(26, townships.size());
        assertEquals(1_091, townships.stream().mapToInt(IndustryDirectory.Township::cooperatives).sum());
        IndustryDirectory.Township lianqiao = townships.stream().filter(t -> t.name().equals("廉桥镇")).findFirst().orElseThrow();
        List<IndustryDirectory.Entry> cooperatives = IndustryDirectory.of(connection, IndustryPackage.Literals.COOPERATIVE, lianqiao.id());
        assertEquals(lianqiao.cooperatives(), cooperatives.size());
        IndustryDirectory.Entry busiest = cooperatives.stream().max((a, b) -> Integer.compare(a.links(), b.links())).orElseThrow();
        List<LinkRow> links = BenefitLinks.of(connection, IndustryPackage.Literals.COOPERATIVE, busiest.id());
        assertEquals(busiest.links(), links.size());
        assertTrue(links.stream().allMatch(link -> link.partner().equals(busiest.name())));
        List<IndustryDirectory.Entry> bases = IndustryDirectory.of(connection, IndustryPackage.Literals.INDUSTRY_BASE, lianqiao.id());
        assertEquals("中药材，6000 亩", bases.get(0).detail());
    }

    @Test
    void uncountedLinksOfAFinishedYearAreWarningsAndCoverageLeavesNoVillage() throws Exception {
        List<FindingSource.Finding> findings = TestServices.findingSources().all(connection, LocalDate.now());
        assertEquals(12, findings.size(), "the twelve uncounted links of 2020; every poor village has a cooperative");
        assertTrue(findings.stream().allMatch(f -> f.violation().severity() == Severity.WARNING && f.aboutHousehold()
                && f.violation().message().startsWith("2020 年")));
        assertTrue(TestServices.findingSources().all(connection, LocalDate.of(2020, 6, 1)).isEmpty(), "2020 is not finished in June 2020");
        county.rolledBack(scratch -> {
            try (Statement statement = scratch.createStatement()) {
                statement.executeUpdate("DELETE FROM INDUSTRY.COOPERATIVE_VILLAGES WHERE TARGET_ID = (SELECT MIN(ID) FROM CORE.VILLAGE WHERE POOR)");
            }
            List<FindingSource.Finding> now = TestServices.findingSources().all(scratch, LocalDate.now());
            assertEquals(1, now.stream().filter(f -> !f.aboutHousehold()).count());
            assertTrue(now.stream().anyMatch(f -> f.violation().message().contains("没有合作社覆盖")));
        });
        assertEquals(12, TestServices.findingSources().all(connection, LocalDate.now()).size(), "the shared data is as it was");
    }

    @Test
    void theCoverageReportSaysAll77PoorVillagesAreCovered() throws Exception {
        String text = RenderedReports.pdfText(render("industry.cooperative-coverage", ReportFormat.PDF, Map.of()));
        assertTrue(text.contains("全市农民专业合作社1091个"), text.substring(0, Math.min(600, text.length())));
        assertTrue(text.contains("贫困村77个，有合作社覆盖的77个，实现全覆盖"), "coverage sentence");
    }

    @Test
    void theBenefitLinksReportCountsPeopleGaining2000() throws Exception {
        long gaining = city("industry.people-gaining-2000").longValue();
        String text = RenderedReports.pdfText(render("industry.benefit-links", ReportFormat.PDF, Map.of("year", "2020")));
        assertTrue(text.contains("年增收2000元以上的" + gaining + "人"), text.substring(0, Math.min(600, text.length())));
        String html = Files.readString(render("industry.benefit-links", ReportFormat.HTML, Map.of("year", "2020")), StandardCharsets.UTF_8);
        assertTrue(html.contains("土地流转") && html.contains("乡镇合计"), "township x mode rows");
    }

    @Test
    void theSubsidyAndConsumptionReportsStateTheirTotals() throws Exception {
        long subsidies = city("industry.subsidy-total").longValue();
        String text = RenderedReports.pdfText(render("industry.subsidies", ReportFormat.PDF, Map.of()));
        assertTrue(text.contains("产业奖补资金共" + Math.round(subsidies / 10_000.0) + "万元"), text.substring(0, Math.min(600, text.length())));
        long sales = city("industry.consumption-sales").longValue();
        String help = RenderedReports.pdfText(render("industry.consumption-help", ReportFormat.PDF, Map.of()));
        assertTrue(help.contains("消费扶贫销售额共" + Math.round(sales / 10_000.0) + "万元"), help.substring(0, Math.min(600, help.length())));
        assertTrue(help.contains("2020-12") && help.contains("党员干部"), "by month and buyer kind");
        assertTrue(Files.size(render("industry.subsidies", ReportFormat.XLSX, Map.of())) > 0);
        assertTrue(Files.size(render("industry.consumption-help", ReportFormat.DOCX, Map.of())) > 0);
    }

}

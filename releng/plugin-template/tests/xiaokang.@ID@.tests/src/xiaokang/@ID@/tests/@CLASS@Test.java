package xiaokang.@ID@.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import xiaokang.data.FindingSource;
import xiaokang.data.FindingSources;
import xiaokang.@ID@.LowIncome;
import xiaokang.reports.ReportFormat;
import xiaokang.reports.testing.DemoCounty;
import xiaokang.reports.testing.RenderedReports;

/** The plug-in on the demo county: its rule, its indicator and its report agree on the same households. */
class @CLASS@Test {

    private static DemoCounty county;
    private static Connection connection;

    @BeforeAll
    static void demo() throws Exception {
        county = DemoCounty.build("xiaokang-@ID@-");
        connection = county.connection();
    }

    @AfterAll
    static void close() throws SQLException {
        county.close();
    }

    @Test
    void theRuleWarnsAboutEveryHouseholdBelowTheLine() throws SQLException {
        List<LowIncome.Household> below = LowIncome.below(connection);
        assertTrue(!below.isEmpty() && below.stream().allMatch(h -> h.income().compareTo(LowIncome.LINE) < 0));
        List<FindingSource.Finding> findings = FindingSources.all(connection, LocalDate.now()).stream()
                .filter(f -> f.violation().ruleId().equals("@ID@.low-income")).toList();
        assertEquals(below.size(), findings.size());
    }

    @Test
    void theIndicatorCountsThem() throws SQLException {
        assertEquals(LowIncome.below(connection).size(), county.city("@ID@.low-income").intValue());
    }

    @Test
    void theReportRenders() throws Exception {
        String text = RenderedReports.pdfText(RenderedReports.render(connection, county.folder(), "@ID@.overview", ReportFormat.PDF, Map.of()));
        assertTrue(text.contains("各乡镇最近一年人均纯收入低于5000元的建档立卡户"), text);
    }
}

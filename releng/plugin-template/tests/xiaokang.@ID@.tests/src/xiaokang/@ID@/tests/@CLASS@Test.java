package xiaokang.@ID@.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import xiaokang.data.FindingSource;
import xiaokang.@ID@.LowIncome;
import xiaokang.reports.ReportFormat;
import xiaokang.reports.testing.DemoCountyTest;
import xiaokang.reports.testing.RenderedReports;
import xiaokang.reports.testing.TestServices;

/** The plug-in on the demo county (built once for the class): its rule, its indicator and its report agree on the same households. */
class @CLASS@Test extends DemoCountyTest {

    @Test
    void theRuleWarnsAboutEveryHouseholdBelowTheLine() throws SQLException {
        List<LowIncome.Household> below = LowIncome.below(connection);
        assertTrue(!below.isEmpty() && below.stream().allMatch(h -> h.income().compareTo(LowIncome.LINE) < 0));
        List<FindingSource.Finding> findings = TestServices.findingSources().all(connection, LocalDate.now()).stream()
                .filter(f -> f.violation().ruleId().equals("@ID@.low-income")).toList();
        assertEquals(below.size(), findings.size());
    }

    @Test
    void theIndicatorCountsThem() throws SQLException {
        assertEquals(LowIncome.below(connection).size(), city("@ID@.low-income").intValue());
    }

    @Test
    void theReportRenders() throws Exception {
        String text = RenderedReports.pdfText(render("@ID@.overview", ReportFormat.PDF, Map.of()));
        assertTrue(text.contains("各乡镇最近一年人均纯收入低于5000元的建档立卡户"), text);
    }
}

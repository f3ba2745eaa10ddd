package xiaokang.reports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.zip.ZipFile;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

import xiaokang.reports.IndicatorCatalog;
import xiaokang.reports.Indicators;
import xiaokang.reports.ReportCatalog;
import xiaokang.reports.ReportDescriptor;
import xiaokang.reports.ReportFormat;
import xiaokang.reports.ReportParameter;
import xiaokang.reports.ReportRequest;

/** Every contributed report in every format on the demo county, with its content checked. */
class ReportRenderingTest {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static ReportCatalog catalog;

    @BeforeAll
    static void indicators() throws Exception {
        catalog = ReportCatalog.read(Platform.getExtensionRegistry());
        try (Connection connection = DemoStore.store().connect()) {
            Indicators.refresh(connection, IndicatorCatalog.read(Platform.getExtensionRegistry()), new NullProgressMonitor());
        }
    }

    private static Path render(String id, ReportFormat format, Map<String, String> parameters) throws Exception {
        ReportDescriptor report = catalog.find(id).orElseThrow();
        Path output = DemoStore.folder().resolve(id + '.' + format.extension());
        try (Connection connection = DemoStore.store().connect()) {
            DemoStore.engine().render(new ReportRequest(report, format, parameters, CHINESE), connection, output,
                    new NullProgressMonitor());
        }
        assertTrue(Files.size(output) > 0, output.toString());
        return output;
    }

    /** What a poppler tool (pdffonts, pdfimages, pdftotext) prints about a PDF; it must succeed. */
    private static String poppler(String... command) throws Exception {
        Process tool = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(tool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, tool.waitFor(), output);
        return output;
    }

    private static String pdfText(Path pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf.toString());
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }

    @Test
    void theCityOverviewStatesTheCountysHeadlineFiguresInEveryFormat() throws Exception {
        String pdf = pdfText(render("city-overview", ReportFormat.PDF, Map.of()));
        assertTrue(pdf.contains("20312"), pdf);
        assertTrue(pdf.contains("61633"), pdf);

        String html = Files.readString(render("city-overview", ReportFormat.HTML, Map.of()), StandardCharsets.UTF_8);
        assertTrue(html.contains("邵东市"), "Chinese text in the HTML");
        assertTrue(html.contains("全部出列"), "all 77 poor villages exited");
        assertTrue(html.contains("20312") && html.contains("61633"));

        String docx = zipEntry(render("city-overview", ReportFormat.DOCX, Map.of()), "word/document.xml");
        assertTrue(docx.contains("20312") && docx.contains("61633"), "the lead paragraph is Word text, not an HTML chunk");

        List<Double> numbers = numericCells(render("city-overview", ReportFormat.XLSX, Map.of()));
        for (List<Long> year : rows("SELECT YEAR_LIFTED, COUNT(*), SUM((SELECT COUNT(*) FROM CORE.PERSON P WHERE P.HOUSEHOLD_ID = H.ID)) "
                + "FROM CORE.HOUSEHOLD H WHERE STATUS = 'LIFTED_OUT' GROUP BY YEAR_LIFTED")) {
            assertTrue(numbers.contains((double) year.get(1)) && numbers.contains((double) year.get(2)),
                    "the XLSX holds the households and people lifted out in " + year.get(0) + " as numbers: " + year);
        }
    }

    /** Every row of a query whose columns are all whole numbers. */
    private static List<List<Long>> rows(String sql) throws Exception {
        List<List<Long>> rows = new ArrayList<>();
        try (Connection connection = DemoStore.store().connect();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                List<Long> row = new ArrayList<>();
                for (int i = 1; i <= result.getMetaData().getColumnCount(); i++) {
                    row.add(result.getLong(i));
                }
                rows.add(row);
            }
        }
        assertFalse(rows.isEmpty(), sql);
        return rows;
    }

    private static List<String> strings(String sql, String parameter) throws Exception {
        List<String> values = new ArrayList<>();
        try (Connection connection = DemoStore.store().connect(); PreparedStatement query = connection.prepareStatement(sql)) {
            if (parameter != null) {
                query.setString(1, parameter);
            }
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    values.add(result.getString(1));
                }
            }
        }
        assertFalse(values.isEmpty(), sql);
        return values;
    }

    @Test
    void theSixChecksReportListsEveryHouseholdFailingItsLatestAssessment() throws Exception {
        List<String> failing = strings("SELECT DISTINCT H.NUMBER FROM CORE.HOUSEHOLD H JOIN CORE.ASSESSMENT A ON A.HOUSEHOLD_ID = H.ID "
                + "JOIN CORE.CHECK_RESULT R ON R.ASSESSMENT_ID = A.ID WHERE NOT R.PASSED "
                + "AND A.DATE_ = (SELECT MAX(X.DATE_) FROM CORE.ASSESSMENT X WHERE X.HOUSEHOLD_ID = H.ID)", null);
        List<String> passing = strings("SELECT H.NUMBER FROM CORE.HOUSEHOLD H WHERE NOT EXISTS (SELECT 1 FROM CORE.ASSESSMENT A "
                + "JOIN CORE.CHECK_RESULT R ON R.ASSESSMENT_ID = A.ID WHERE A.HOUSEHOLD_ID = H.ID AND NOT R.PASSED) "
                + "FETCH FIRST 50 ROWS ONLY", null);
        String html = Files.readString(render("six-checks", ReportFormat.HTML, Map.of()), StandardCharsets.UTF_8);
        for (String number : failing) {
            assertTrue(html.contains(number), "the failing household " + number + " is listed");
        }
        for (String number : passing) {
            assertFalse(html.contains(number), "the household " + number + " fails nothing and is not listed");
        }
    }

    @Test
    void theSixChecksRatesCountTheResultsOfEachHouseholdsLatestAssessment() throws Exception {
        render("six-checks", ReportFormat.PDF, Map.of());
        List<String> kept = strings(
                "SELECT TRIM(CHAR(V.TOWNSHIP_ID)) || ' ' || L.CHECK_ || ' ' || TRIM(CHAR(SUM(L.ASSESSED))) || ' ' || TRIM(CHAR(SUM(L.PASSED)))"
                        + " FROM REPORTS.LATEST_CHECK L JOIN CORE.VILLAGE V ON V.ID = L.VILLAGE_ID GROUP BY V.TOWNSHIP_ID, L.CHECK_"
                        + " ORDER BY 1",
                null);
        List<String> counted = strings("SELECT TRIM(CHAR(V.TOWNSHIP_ID)) || ' ' || R.CHECK_ || ' ' || TRIM(CHAR(COUNT(*))) || ' '"
                + " || TRIM(CHAR(SUM(CASE WHEN R.PASSED THEN 1 ELSE 0 END)))"
                + " FROM CORE.HOUSEHOLD H JOIN CORE.VILLAGE V ON H.VILLAGE_ID = V.ID JOIN CORE.ASSESSMENT A ON A.HOUSEHOLD_ID = H.ID"
                + " JOIN CORE.CHECK_RESULT R ON R.ASSESSMENT_ID = A.ID"
                + " WHERE A.DATE_ = (SELECT MAX(X.DATE_) FROM CORE.ASSESSMENT X WHERE X.HOUSEHOLD_ID = H.ID)"
                + " GROUP BY V.TOWNSHIP_ID, R.CHECK_ ORDER BY 1", null);
        assertEquals(counted, kept, "per township and check: results and passes of the latest assessments");
    }

    @Test
    void pdfsEmbedTheChineseFont() throws Exception {
        Path pdf = render("city-overview", ReportFormat.PDF, Map.of());
        String fonts = poppler("pdffonts", pdf.toString()); //$NON-NLS-1$
        String cjkLine = fonts.lines().filter(line -> line.contains("WenQuanYi") || line.contains("Noto")) //$NON-NLS-1$ //$NON-NLS-2$
                .findFirst().orElseThrow(() -> new AssertionError("no CJK font in\n" + fonts));
        assertTrue(cjkLine.matches(".*\\byes\\s+yes\\s+(yes|no)\\s+\\d+\\s+\\d+\\s*$"), "embedded subset: " + cjkLine); //$NON-NLS-1$
    }

    @Test
    void theOverviewDrawsItsTwoCharts() throws Exception {
        Path pdf = render("city-overview", ReportFormat.PDF, Map.of());
        List<String> lines = poppler("pdfimages", "-list", pdf.toString()).lines().toList(); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(lines.size() - 2 >= 2, "two chart images below the two header lines: " + lines);
    }

    @Test
    void theSixChecksReportDrawsFailingChecksByTownshipAndNumbersItsPages() throws Exception {
        Path pdf = render("six-checks", ReportFormat.PDF, Map.of());
        List<String> images = poppler("pdfimages", "-list", pdf.toString()).lines().toList(); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(images.size() - 2 >= 1, "a chart image below the two header lines: " + images);

        int pages;
        PdfReader reader = new PdfReader(pdf.toString());
        try {
            pages = reader.getNumberOfPages();
        } finally {
            reader.close();
        }
        assertTrue(pages > 1, "several pages");
        // pdftotext -layout keeps the gaps a blank-padded page count would leave ("共   5    页").
        String text = poppler("pdftotext", "-layout", pdf.toString(), "-").replace('\u00a0', ' '); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        List<String> footers = text.lines().map(String::strip).filter(line -> line.matches("第.*页 */ *共.*页")).toList(); //$NON-NLS-1$
        List<String> expected = IntStream.rangeClosed(1, pages).mapToObj(page -> "第" + page + "页/共" + pages + "页") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                .toList();
        assertEquals(expected, footers.stream().map(line -> line.replaceAll(" ?([0-9]+) ?", "$1").replace(" / ", "/")).toList(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                "one footer per page, no gap around the numbers: " + footers);
    }

    @Test
    void everyContributedReportRendersInEveryFormat() throws Exception {
        for (ReportDescriptor report : catalog.all()) {
            if (report.contributor().equals("xiaokang.reports.tests")) { //$NON-NLS-1$
                continue;
            }
            List<ReportParameter> parameters;
            try (Connection connection = DemoStore.store().connect()) {
                parameters = DemoStore.engine().parameters(report, connection);
            }
            Map<String, String> values = new java.util.HashMap<>();
            for (ReportParameter parameter : parameters) {
                if (parameter.defaultValue() == null && !parameter.choices().isEmpty()) {
                    values.put(parameter.name(), parameter.choices().get(0).value());
                }
            }
            for (ReportFormat format : ReportFormat.values()) {
                render(report.id(), format, values);
            }
        }
    }

    @Test
    void theTownshipRosterOffersTheTownshipsFromTheDatabase() throws Exception {
        ReportDescriptor roster = catalog.find("township-roster").orElseThrow();
        List<ReportParameter> parameters;
        try (Connection connection = DemoStore.store().connect()) {
            parameters = DemoStore.engine().parameters(roster, connection);
        }
        ReportParameter township = parameters.get(0);
        assertEquals("township", township.name());
        assertEquals(26, township.choices().size());
        String code = township.choices().get(0).value();
        String html = Files.readString(render("township-roster", ReportFormat.HTML, Map.of("township", code)), StandardCharsets.UTF_8);
        assertTrue(html.contains(township.choices().get(0).label()), "the township's name in the header");
        List<String> households = strings("SELECT H.NUMBER FROM CORE.HOUSEHOLD H WHERE H.VILLAGE_ID IN (SELECT V.ID FROM CORE.VILLAGE V "
                + "WHERE V.TOWNSHIP_ID = (SELECT T.ID FROM CORE.TOWNSHIP T WHERE T.CODE = ?))", code);
        for (String number : households) {
            assertTrue(html.contains(number), "the township's household " + number + " is on its roster");
        }
        String otherTownship = strings("SELECT H.NUMBER FROM CORE.HOUSEHOLD H JOIN CORE.VILLAGE V ON H.VILLAGE_ID = V.ID "
                + "JOIN CORE.TOWNSHIP T ON V.TOWNSHIP_ID = T.ID WHERE T.CODE <> ? FETCH FIRST 1 ROWS ONLY", code).get(0);
        assertFalse(html.contains(otherTownship), "another township's household is not");
    }

    private static String zipEntry(Path zip, String entry) throws Exception {
        try (ZipFile file = new ZipFile(zip.toFile()); InputStream in = file.getInputStream(file.getEntry(entry))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<Double> numericCells(Path xlsx) throws Exception {
        List<Double> numbers = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(xlsx.toFile())) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.NUMERIC) {
                            numbers.add(cell.getNumericCellValue());
                        }
                    }
                }
            }
        }
        assertFalse(numbers.isEmpty(), "no numeric cell in " + xlsx);
        return numbers;
    }
}

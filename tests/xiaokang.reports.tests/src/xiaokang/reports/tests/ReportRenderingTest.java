package xiaokang.reports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
        assertTrue(numbers.contains(20312.0) || numbers.stream().mapToDouble(Double::doubleValue).sum() > 20312,
                "XLSX cells are numbers: " + numbers.size());
    }

    @Test
    void pdfsEmbedTheChineseFont() throws Exception {
        Path pdf = render("city-overview", ReportFormat.PDF, Map.of());
        Process pdffonts = new ProcessBuilder("pdffonts", pdf.toString()).redirectErrorStream(true).start(); //$NON-NLS-1$
        String fonts = new String(pdffonts.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, pdffonts.waitFor(), fonts);
        String cjkLine = fonts.lines().filter(line -> line.contains("WenQuanYi") || line.contains("Noto")) //$NON-NLS-1$ //$NON-NLS-2$
                .findFirst().orElseThrow(() -> new AssertionError("no CJK font in\n" + fonts));
        assertTrue(cjkLine.matches(".*\\byes\\s+yes\\s+(yes|no)\\s+\\d+\\s+\\d+\\s*$"), "embedded subset: " + cjkLine); //$NON-NLS-1$
    }

    @Test
    void theOverviewDrawsItsTwoCharts() throws Exception {
        Path pdf = render("city-overview", ReportFormat.PDF, Map.of());
        Process pdfimages = new ProcessBuilder("pdfimages", "-list", pdf.toString()).redirectErrorStream(true).start(); //$NON-NLS-1$ //$NON-NLS-2$
        List<String> lines = new String(pdfimages.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assertEquals(0, pdfimages.waitFor(), lines::toString);
        assertTrue(lines.size() - 2 >= 2, "two chart images below the two header lines: " + lines);
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
        String html = Files.readString(render("township-roster", ReportFormat.HTML,
                Map.of("township", township.choices().get(0).value())), StandardCharsets.UTF_8);
        assertTrue(html.contains(township.choices().get(0).label()), "the township's name in the header");
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

package xiaokang.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.ecore.EPackage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import xiaokang.core.model.City;
import xiaokang.core.model.CoreFactory;
import xiaokang.core.model.CorePackage;
import xiaokang.core.model.Township;
import xiaokang.core.model.TownshipKind;
import xiaokang.core.model.Village;
import xiaokang.core.model.WorkUnit;
import xiaokang.exchange.ImportMode;
import xiaokang.exchange.ImportProblem;
import xiaokang.exchange.ImportResult;
import xiaokang.exchange.ModelLabels;
import xiaokang.exchange.RecordExport;
import xiaokang.exchange.RecordImport;
import xiaokang.exchange.RecordSheet;
import xiaokang.exchange.RecordTemplate;
import xiaokang.store.Database;
import xiaokang.store.Session;
import xiaokang.store.Store;

/** Any class's records import from a sheet of the model's labels: villages here, the core's own class with a container and a key within it. */
class RecordImportTest {

    private static final List<EPackage> PACKAGES = List.of(CorePackage.eINSTANCE);

    @TempDir
    Path folder;
    private Store store;
    private ModelLabels labels;

    @BeforeEach
    void county() throws Exception {
        store = Store.open(Database.embedded(folder.resolve("db")), PACKAGES);
        labels = ModelLabels.read(Platform.getExtensionRegistry(), PACKAGES);
        CoreFactory f = CoreFactory.eINSTANCE;
        City city = f.createCity();
        city.setCode("430582");
        city.setName("邵东市");
        for (String name : List.of("廉桥镇", "流泽镇")) {
            Township township = f.createTownship();
            township.setCode(name.equals("廉桥镇") ? "430582100" : "430582101");
            township.setName(name);
            township.setKind(TownshipKind.TOWN);
            city.getTownships().add(township);
            Village village = f.createVillage();
            village.setCode(township.getCode() + "001");
            village.setName("长流村");
            village.setPoor(true);
            township.getVillages().add(village);
        }
        WorkUnit unit = f.createWorkUnit();
        unit.setName("市财政局");
        city.getWorkUnits().add(unit);
        try (Session session = store.openSession("tester")) {
            session.add(city);
            session.commit();
        }
    }

    private ImportResult run(Path file, RecordImport.Options options) throws Exception {
        return RecordImport.run(store, PACKAGES, labels, CorePackage.Literals.VILLAGE, file, options, new NullProgressMonitor());
    }

    private static RecordImport.Options options() {
        return RecordImport.Options.defaults("tester");
    }

    /** A sheet with a merged title row above a header in both languages, as a desk writes one. */
    private Path xlsx(String name, List<List<Object>> rows) throws Exception {
        Path file = folder.resolve(name);
        try (Workbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("村");
            sheet.createRow(0).createCell(0).setCellValue("廉桥镇 村名单");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 5));
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object value = rows.get(r).get(c);
                    if (value instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else if (!"".equals(value)) {
                        row.createCell(c).setCellValue(String.valueOf(value));
                    }
                }
            }
            workbook.write(out);
        }
        return file;
    }

    private static final List<Object> HEADER = List.of("乡镇", "Name", "代码", "贫困村", "Year Exited", "后盾单位");

    private long count(String sql) throws Exception {
        try (Connection connection = store.connect(); Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Test
    void newAndStoredRecordsFromTheModelsLabels() throws Exception {
        Path file = xlsx("villages.xlsx", List.of(HEADER, List.of("廉桥镇", "新塘村", "430582100002", "否", "", ""),
                List.of("廉桥镇", "长流村", "", "否", 2019, "市财政局")));
        ImportResult dry = run(file, options().dryRun(true));
        assertEquals(List.of(), dry.problems());
        assertEquals(List.of(2, 1, 1), List.of(dry.rows(), dry.newRecords(), dry.updatedRecords()));
        assertTrue(dry.changes().stream().anyMatch(c -> c.record().equals("廉桥镇/长流村") && c.column().equals("贫困村") && c.before().equals("是")
                && c.after().equals("否")), dry.changes().toString());
        assertEquals(2, count("SELECT COUNT(*) FROM CORE.VILLAGE"), "a dry run writes nothing");

        ImportResult done = run(file, options());
        assertTrue(done.written());
        assertTrue(done.batch() > 0);
        assertEquals(3, count("SELECT COUNT(*) FROM CORE.VILLAGE"));
        assertEquals(1, count("SELECT COUNT(*) FROM CORE.VILLAGE V JOIN CORE.TOWNSHIP T ON T.ID = V.TOWNSHIP_ID WHERE T.NAME = '廉桥镇' "
                + "AND V.NAME = '长流村' AND V.POOR = FALSE AND V.YEAR_EXITED = 2019 AND V.SUPPORT_UNIT_ID IS NOT NULL"));
        assertEquals(1, count("SELECT COUNT(*) FROM CORE.VILLAGE V JOIN CORE.TOWNSHIP T ON T.ID = V.TOWNSHIP_ID WHERE T.NAME = '流泽镇' "
                + "AND V.NAME = '长流村' AND V.POOR = TRUE"), "the other township's 长流村 is not touched");
    }

    @Test
    void everyBadRowIsNamedAndNothingIsWritten() throws Exception {
        Path file = xlsx("bad.xlsx", List.of(HEADER, List.of("廉桥镇", "新塘村", "430582100002", "否", "", ""),
                List.of("无此镇", "甲村", "430582100003", "否", "", ""), List.of("廉桥镇", "乙村", "430582100004", "也许", "", ""),
                List.of("廉桥镇", "丙村", "", "否", "", ""), List.of("廉桥镇", "丁村", "430582100005", "否", "二〇一九", ""),
                List.of("廉桥镇", "戊村", "430582100006", "否", "", "无此单位"), List.of("廉桥镇", "新塘村", "430582100007", "否", "", "")));
        ImportResult result = run(file, options());
        List<String> where = result.problems().stream().map(p -> p.row() + " " + p.column()).toList();
        assertEquals(List.of("4 乡镇", "5 贫困村", "6 代码", "7 Year Exited", "8 后盾单位", "9 Name"), where, result.problems().toString());
        assertTrue(result.problems().get(1).message().contains("是、"), "a word that maps to nothing lists the accepted words");
        assertTrue(result.problems().stream().allMatch(p -> p.file().equals("bad.xlsx") && p.sheet().equals("村")));
        assertFalse(result.written());
        assertEquals(2, count("SELECT COUNT(*) FROM CORE.VILLAGE"), "one bad row among good ones writes nothing");
    }

    @Test
    void aNameInTwoTownshipsIsAmbiguousUnlessScoped() throws Exception {
        Path csv = folder.resolve("update.csv");
        Files.writeString(csv, "名称,贫困村\n长流村,否\n流泽镇/长流村,否\n", StandardCharsets.UTF_8);
        ImportResult result = run(csv, options().mode(ImportMode.UPDATE));
        assertEquals(1, result.problems().size(), result.problems().toString());
        ImportProblem problem = result.problems().get(0);
        assertEquals(List.of(2, "名称"), List.of(problem.row(), problem.column()));
        assertTrue(problem.message().contains("2"), problem.message());

        Files.writeString(csv, "名称,代码\n新塘村,430582100002\n", StandardCharsets.UTF_8);
        ImportProblem noContainer = run(csv, options()).problems().get(0);
        assertEquals(List.of(2, "乡镇", "新建记录需要这一列，表中没有"), List.of(noContainer.row(), noContainer.column(), noContainer.message()),
                "a new village needs its township's column");
    }

    @Test
    void anExportReadsBackUnchanged() throws Exception {
        run(xlsx("villages.xlsx", List.of(HEADER, List.of("廉桥镇", "新塘村", "430582100002", "否", 2020, "市财政局"))), options());
        long audit = count("SELECT COUNT(*) FROM XK.AUDIT");
        for (String name : List.of("villages-out.xlsx", "villages-out.csv")) {
            Path out = folder.resolve(name);
            int rows = RecordExport.write(store, PACKAGES, labels, CorePackage.Literals.VILLAGE, out, null, false, new NullProgressMonitor());
            assertEquals(count("SELECT COUNT(*) FROM CORE.VILLAGE"), rows);
            ImportResult back = run(out, options());
            assertEquals(List.of(), back.problems());
            assertEquals(List.of(0, 0, 0), List.of(back.newRecords(), back.updatedRecords(), back.changes().size()), back.changes().toString());
        }
        assertEquals(audit, count("SELECT COUNT(*) FROM XK.AUDIT"), "a round trip writes no audit row");
        Path one = folder.resolve("one-township.csv");
        assertEquals(2, RecordExport.write(store, PACKAGES, labels, CorePackage.Literals.VILLAGE, one, "廉桥镇", false, new NullProgressMonitor()));
    }

    @Test
    void theTemplateHasHeadersAnExampleAndDropDowns() throws Exception {
        Path template = folder.resolve("village-template.xlsx");
        RecordTemplate.write(RecordSheet.of(CorePackage.Literals.VILLAGE, PACKAGES, labels), labels, template);
        try (Workbook workbook = new XSSFWorkbook(Files.newInputStream(template))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<String> headers = new ArrayList<>();
            sheet.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
            assertEquals(List.of("乡镇", "代码", "名称", "贫困村", "出列年份", "后盾单位"), headers);
            assertEquals("是", sheet.getRow(1).getCell(3).getStringCellValue(), "the example row");
            assertEquals(1, sheet.getDataValidations().size(), "the yes/no column has a drop-down list");
            assertEquals("说明", workbook.getSheetAt(2).getSheetName());
        }
    }
}

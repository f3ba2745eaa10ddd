package xiaokang.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import xiaokang.core.model.CorePackage;
import xiaokang.exchange.ImportProblem;
import xiaokang.exchange.ImportResult;
import xiaokang.exchange.RegistryExport;
import xiaokang.exchange.RegistryImport;
import xiaokang.exchange.ImportMode;
import xiaokang.exchange.RegistryImport.Options;
import xiaokang.store.Database;
import xiaokang.store.Store;

/**
 * The national person list in and out: irregular sheets read, every row error found with its row
 * and column, nothing written when any row is wrong, updates that touch only the sheet's columns,
 * and an export that imports back changing nothing. Counts come from the test's own SQL.
 */
class RegistryImportTest {

    @TempDir
    Path folder;
    private Store store;

    @BeforeEach
    void emptyDatabase() throws Exception {
        store = Store.open(Database.embedded(folder.resolve("db")), List.of(CorePackage.eINSTANCE));
    }

    private ImportResult run(Path file, Options options) throws Exception {
        return RegistryImport.run(store, file, options, new NullProgressMonitor());
    }

    private static Options options() {
        return Options.defaults("tester").incomeYear(2023);
    }

    private long count(String sql) throws Exception {
        try (Connection connection = store.connect(); Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private List<String> texts(String sql) throws Exception {
        List<String> texts = new java.util.ArrayList<>();
        try (Connection connection = store.connect(); Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                texts.add(rows.getString(1));
            }
        }
        return texts;
    }

    private String text(String sql) throws Exception {
        try (Connection connection = store.connect(); Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    /** Three households in two villages, eight people. */
    private static PersonList smallCounty() {
        PersonList list = new PersonList();
        list.household("长流村", "430582100001", 3, 1);
        list.household("长流村", "430582100002", 2, 2);
        list.household("团山村", "430582100003", 3, 3);
        return list;
    }

    @Test
    void anIrregularSheetIntoAnEmptyDatabaseCreatesItsPlacesHouseholdsAndPeople() throws Exception {
        PersonList list = smallCounty();
        list.titles.add("邵东市建档立卡人员信息表");
        list.titles.add("填报单位：邵东市乡村振兴局");
        List<Object> first = list.rows.get(0);
        String id = (String) first.get(PersonList.ID);
        // Full-width digits, a lower-case check character, spaces around, income as text with a separator.
        first.set(PersonList.ID, " " + toFullWidth(id.substring(0, 10)) + id.substring(10).toLowerCase() + " ");
        first.set(PersonList.INCOME, "12,000.50");
        for (List<Object> row : list.rows) {
            if (row.get(PersonList.NUMBER).equals("430582100001")) {
                row.set(PersonList.INCOME, "12,000.50");
            }
        }
        list.rows.add(3, java.util.Arrays.asList(new Object[PersonList.HEADER.size()]));
        List<Object> totals = new java.util.ArrayList<>(java.util.Collections.nCopies(PersonList.HEADER.size(), (Object) null));
        totals.set(0, "合计");
        totals.set(PersonList.INCOME, 99999);
        list.rows.add(totals);

        ImportResult result = run(list.xlsx(folder.resolve("list.xlsx")), options());

        assertEquals(List.of(), result.problems());
        assertTrue(result.written());
        assertEquals(3, count("SELECT COUNT(*) FROM CORE.HOUSEHOLD"));
        assertEquals(8, count("SELECT COUNT(*) FROM CORE.PERSON"));
        assertEquals(2, count("SELECT COUNT(*) FROM CORE.VILLAGE"));
        assertEquals("邵东市", text("SELECT NAME FROM CORE.CITY"));
        assertEquals(3, count("SELECT COUNT(*) FROM CORE.HOUSEHOLD WHERE VILLAGE_GROUP_ID IS NOT NULL"));
        assertEquals(1, count("SELECT COUNT(*) FROM CORE.PERSON WHERE ID_NUMBER = '" + id.toUpperCase() + "'"));
        assertEquals("12000.50", text("SELECT CAST(PER_CAPITA_NET_INCOME AS CHAR(20)) FROM CORE.ANNUAL_INCOME I JOIN CORE.HOUSEHOLD H "
                + "ON I.HOUSEHOLD_ID = H.ID WHERE H.NUMBER = '430582100001' AND I.YEAR_ = 2023").strip());
        assertEquals(List.of("邵东市", "廉桥镇", "廉桥镇 / 长流村", "廉桥镇 / 长流村 / 3组", "廉桥镇 / 团山村", "廉桥镇 / 团山村 / 3组"), result.newPlaces());
    }

    @Test
    void everyRowErrorIsFoundWithItsRowAndColumnAndNothingIsWritten() throws Exception {
        PersonList list = smallCounty();
        String valid = (String) list.rows.get(1).get(PersonList.ID);
        list.rows.get(1).set(PersonList.ID, valid.substring(0, 17) + (valid.charAt(17) == '1' ? '2' : '1')); // row 3: check digit
        list.rows.get(2).set(PersonList.HEALTH, "很好"); // row 4: a word that maps to nothing
        list.rows.get(3).set(PersonList.GENDER, "男".equals(list.rows.get(3).get(PersonList.GENDER)) ? "女" : "男"); // row 5
        list.rows.get(6).set(PersonList.ID, list.rows.get(5).get(PersonList.ID)); // row 8: the same ID as row 7
        list.rows.get(7).set(PersonList.RELATION, "户主"); // row 9: a second head in household 3

        ImportResult result = run(list.xlsx(folder.resolve("bad.xlsx")), options());

        assertFalse(result.written());
        assertEquals(List.of("3 证件号码", "4 健康状况", "5 性别", "8 证件号码", "9 与户主关系"),
                result.problems().stream().map(p -> p.row() + " " + p.column()).sorted().toList(), describe(result.problems()));
        assertTrue(result.problems().stream().filter(p -> p.row() == 4).findFirst().orElseThrow().message().contains("患有大病"),
                "the accepted words are listed");
        assertTrue(result.problems().get(0).toString().contains("bad.xlsx"), "the file is named");
        assertEquals(0, count("SELECT COUNT(*) FROM CORE.HOUSEHOLD"));
        assertEquals(0, count("SELECT COUNT(*) FROM CORE.CITY"));
    }

    @Test
    void oneBadRowAmongThousandsWritesNothing() throws Exception {
        PersonList list = new PersonList();
        for (int h = 1; h <= 1000; h++) {
            list.household(h % 2 == 0 ? "长流村" : "团山村", String.format("4305821%05d", h), 3, h);
        }
        list.rows.get(2345).set(PersonList.ID, "43058219900101123");

        // The bad row is found by the parse, before anything would be written.
        ImportResult bad = run(list.xlsx(folder.resolve("thousands.xlsx")), options());

        assertEquals(3000, bad.rows());
        assertEquals(List.of(2347), bad.problems().stream().map(ImportProblem::row).toList());
        assertEquals(0, count("SELECT COUNT(*) FROM CORE.PERSON"));

        list.rows.get(2345).set(PersonList.ID, PersonList.id(1999, 4242, 1));
        ImportResult good = run(list.xlsx(folder.resolve("thousands.xlsx")), options());
        assertTrue(good.written(), describe(good.problems()));
        assertEquals(3000, count("SELECT COUNT(*) FROM CORE.PERSON"));
    }

    @Test
    void aListWrittenInStepsIsStillOneImportOfAllOrNothing() throws Exception {
        PersonList list = new PersonList();
        for (int h = 1; h <= 1000; h++) {
            list.household(h % 2 == 0 ? "长流村" : "团山村", String.format("4305822%05d", h), 3, 100 + h);
        }
        // Found only when applied, after three steps of 300 households are written: an ID number of another household.
        assertTrue(run(smallCounty().xlsx(folder.resolve("small.xlsx")), options()).written());
        list.rows.get(2900).set(PersonList.ID, PersonList.id(1960, 1, 1));
        ImportResult bad = run(list.xlsx(folder.resolve("steps.xlsx")), options().step(300));
        assertEquals(List.of(2902), bad.problems().stream().map(ImportProblem::row).toList(), describe(bad.problems()));
        assertFalse(bad.written());
        assertEquals(3, count("SELECT COUNT(*) FROM CORE.HOUSEHOLD"), "the steps written before the bad row are taken back");
        assertEquals(8, count("SELECT COUNT(*) FROM CORE.PERSON"));

        list.rows.get(2900).set(PersonList.ID, PersonList.id(1999, 4243, 1));
        long batches = count("SELECT COUNT(*) FROM XK.AUDIT WHERE ACTION = 'BATCH'");
        ImportResult good = run(list.xlsx(folder.resolve("steps.xlsx")), options().step(300));
        assertTrue(good.written(), describe(good.problems()));
        assertEquals(1003, count("SELECT COUNT(*) FROM CORE.HOUSEHOLD"));
        assertEquals(3008, count("SELECT COUNT(*) FROM CORE.PERSON"));
        assertEquals(batches + 1, count("SELECT COUNT(*) FROM XK.AUDIT WHERE ACTION = 'BATCH'"), "one batch");
        assertEquals(1, count("SELECT COUNT(DISTINCT CHANGED_AT) FROM XK.AUDIT WHERE BATCH_ID = " + good.batch()), "one transaction");
        // Each village's households in the list's order, after the ones it had: the steps append.
        List<String> order = texts("SELECT H.NUMBER FROM CORE.HOUSEHOLD H JOIN CORE.VILLAGE V ON H.VILLAGE_ID = V.ID "
                + "WHERE V.NAME = '长流村' ORDER BY H.POS, H.ID");
        List<String> expected = new java.util.ArrayList<>(List.of("430582100001", "430582100002"));
        for (int h = 2; h <= 1000; h += 2) {
            expected.add(String.format("4305822%05d", h));
        }
        assertEquals(expected, order);
        assertEquals(1003, count("SELECT COUNT(DISTINCT VILLAGE_ID * 100000 + POS) FROM CORE.HOUSEHOLD"), "no two households share a place");
    }

    @Test
    void gb18030AndUtf8CsvAndXlsReadAlike() throws Exception {
        PersonList list = smallCounty();
        list.titles.add("建档立卡人员名单");
        ImportResult gb = run(list.csv(folder.resolve("gb.csv"), java.nio.charset.Charset.forName("GB18030"), false), options().dryRun(true));
        ImportResult utf8 = run(list.csv(folder.resolve("utf8.csv"), StandardCharsets.UTF_8, false), options().dryRun(true));
        ImportResult bom = run(list.csv(folder.resolve("bom.csv"), StandardCharsets.UTF_8, true), options().dryRun(true));
        ImportResult xls = run(list.xls(folder.resolve("list.xls")), options().dryRun(true));

        assertTrue(gb.format().contains("GB18030"), gb.format());
        assertTrue(utf8.format().contains("UTF-8"), utf8.format());
        for (ImportResult result : List.of(gb, utf8, bom, xls)) {
            assertEquals(List.of(), result.problems());
            assertEquals(List.of(3, 8, 3, 8), List.of(result.records(), result.people(), result.newRecords(), result.newPeople()));
            assertFalse(result.written());
        }
        assertEquals(0, count("SELECT COUNT(*) FROM CORE.HOUSEHOLD"), "a dry run writes nothing");
    }

    @Test
    void anUpdateChangesOnlyTheSheetsColumnsAndItsRepeatWritesNoAudit() throws Exception {
        assertTrue(run(smallCounty().xlsx(folder.resolve("first.xlsx")), options()).written());
        PersonList update = new PersonList();
        update.header.clear();
        update.header.addAll(List.of("户编号", "姓名", "证件号码", "与户主关系", "健康状况"));
        List<Object> changed = smallCounty().rows.get(0);
        update.rows.add(java.util.Arrays.asList(changed.get(PersonList.NUMBER), changed.get(PersonList.NAME), changed.get(PersonList.ID), "户主", "残疾"));

        ImportResult dry = run(update.xlsx(folder.resolve("update.xlsx")), options().mode(ImportMode.UPDATE).dryRun(true));
        assertEquals(List.of(new ImportResult.Change("430582100001", (String) changed.get(PersonList.NAME), "健康状况", "健康", "残疾")), dry.changes());
        assertEquals("HEALTHY", text("SELECT HEALTH FROM CORE.PERSON WHERE ID_NUMBER = '" + changed.get(PersonList.ID) + "'"));

        long audit = count("SELECT COUNT(*) FROM XK.AUDIT");
        assertTrue(run(update.xlsx(folder.resolve("update.xlsx")), options().mode(ImportMode.UPDATE)).written());
        assertEquals("DISABLED", text("SELECT HEALTH FROM CORE.PERSON WHERE ID_NUMBER = '" + changed.get(PersonList.ID) + "'"));
        assertEquals("汉族", text("SELECT ETHNICITY FROM CORE.PERSON WHERE ID_NUMBER = '" + changed.get(PersonList.ID) + "'"));
        assertEquals(audit + 2, count("SELECT COUNT(*) FROM XK.AUDIT"), "one value changed: its audit row and the row naming the batch");

        ImportResult again = run(update.xlsx(folder.resolve("update.xlsx")), options().mode(ImportMode.UPDATE));
        assertEquals(List.of(), again.changes());
        assertEquals(0, again.updatedRecords());
        assertEquals(audit + 2, count("SELECT COUNT(*) FROM XK.AUDIT"), "nothing changed, nothing audited");
    }

    @Test
    void modesAndRegisteredKeysAreChecked() throws Exception {
        assertTrue(run(smallCounty().xlsx(folder.resolve("first.xlsx")), options()).written());
        PersonList more = smallCounty();
        more.household("长流村", "430582100009", 2, 9);
        more.rows.get(more.rows.size() - 1).set(PersonList.ID, more.rows.get(0).get(PersonList.ID)); // someone of household 1
        more.rows.get(3).set(PersonList.HEAD, "别人"); // household 2 with another head
        more.rows.get(4).set(PersonList.HEAD, "别人");
        more.rows.get(5).set(PersonList.VILLAGE, "不存在村"); // household 3's village is not in the database
        more.rows.get(6).set(PersonList.VILLAGE, "不存在村");
        more.rows.get(7).set(PersonList.VILLAGE, "不存在村");

        ImportResult result = run(more.xlsx(folder.resolve("more.xlsx")), options());
        assertEquals(List.of("11 证件号码", "5 户主姓名", "7 行政村"), result.problems().stream().map(p -> p.row() + " " + p.column()).sorted().toList(),
                describe(result.problems()));
        assertFalse(result.written());

        ImportResult create = run(smallCounty().xlsx(folder.resolve("again.xlsx")), options().mode(ImportMode.CREATE));
        assertEquals(3, create.problems().size(), describe(create.problems()));
        PersonList fresh = new PersonList();
        fresh.household("长流村", "430582100077", 2, 77);
        ImportResult update = run(fresh.xlsx(folder.resolve("fresh.xlsx")), options().mode(ImportMode.UPDATE));
        assertEquals(1, update.problems().size(), describe(update.problems()));
        assertEquals(3, count("SELECT COUNT(*) FROM CORE.HOUSEHOLD"));
    }

    @Test
    void anExportImportedBackChangesNothing() throws Exception {
        PersonList list = smallCounty();
        list.rows.get(1).set(PersonList.HEALTH, "患大病");
        list.rows.get(2).set(PersonList.RELATION, "之女");
        assertTrue(run(list.xlsx(folder.resolve("first.xlsx")), options()).written());
        long audit = count("SELECT COUNT(*) FROM XK.AUDIT");

        for (String name : List.of("export.xlsx", "export.csv")) {
            Path export = folder.resolve(name);
            assertEquals(8, RegistryExport.write(store, export, null, false, new NullProgressMonitor()));
            ImportResult back = run(export, options().incomeYear(2000));
            assertEquals(List.of(), back.problems(), name);
            assertEquals(List.of(), back.changes(), name);
            assertEquals(List.of(0, 0, 0), List.of(back.newRecords(), back.newPeople(), back.updatedRecords()), name);
        }
        assertEquals(audit, count("SELECT COUNT(*) FROM XK.AUDIT"));
    }

    @Test
    void aMaskedExportHidesIdAndPhoneNumbers() throws Exception {
        assertTrue(run(smallCounty().xlsx(folder.resolve("first.xlsx")), options()).written());
        Path export = folder.resolve("masked.csv");
        RegistryExport.write(store, export, "廉桥镇", true, new NullProgressMonitor());
        String text = java.nio.file.Files.readString(export);
        String id = (String) smallCounty().rows.get(0).get(PersonList.ID);
        assertFalse(text.contains(id));
        assertTrue(text.contains(id.substring(0, 6) + "********" + id.substring(14)), text);
        assertTrue(text.contains("138****1234"), text);
    }

    private static String describe(List<ImportProblem> problems) {
        return problems.stream().map(ImportProblem::toString).collect(Collectors.joining("\n"));
    }

    private static String toFullWidth(String digits) {
        StringBuilder result = new StringBuilder();
        digits.chars().forEach(c -> result.append((char) (c + 0xFEE0)));
        return result.toString();
    }
}

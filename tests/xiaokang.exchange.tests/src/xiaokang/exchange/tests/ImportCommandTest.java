package xiaokang.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import xiaokang.cli.CliCommand;
import xiaokang.cli.CommandContext;
import xiaokang.cli.UsageException;
import xiaokang.exchange.internal.ExportCommand;
import xiaokang.exchange.internal.ImportCommand;
import xiaokang.exchange.internal.TemplateCommand;

/** The import command's exit codes and its error sheet; the export command's file; a class's template, import and export. */
class ImportCommandTest {

    @TempDir
    Path folder;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(CliCommand command, String... arguments) throws Exception {
        return command.run(new CommandContext(List.of(arguments), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)));
    }

    @Test
    void rejectedRowsExitOneWithAnErrorSheetAGoodListZero() throws Exception {
        PersonList list = new PersonList();
        list.household("长流村", "430582100001", 3, 1);
        list.titles.add("建档立卡人员信息表");
        list.rows.get(1).set(PersonList.HEALTH, "很好");
        Path bad = list.xlsx(folder.resolve("bad.xlsx"));
        Path errors = folder.resolve("errors.xlsx");
        String db = folder.resolve("db").toString();

        assertEquals(CliCommand.FAILED, run(new ImportCommand(), bad.toString(), "--errors", errors.toString(), "--db", db));
        String messages = err.toString(StandardCharsets.UTF_8);
        assertTrue(messages.contains("bad.xlsx") && messages.contains(" 4") && messages.contains("健康状况") && messages.contains("很好"), messages);
        try (InputStream in = Files.newInputStream(errors); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(1);
            int errorColumn = header.getLastCellNum() - 1;
            assertEquals("错误", header.getCell(errorColumn).getStringCellValue());
            Row row = sheet.getRow(3);
            assertTrue(row.getCell(errorColumn).getStringCellValue().startsWith("健康状况: "), row.getCell(errorColumn).getStringCellValue());
            assertEquals(FillPatternType.SOLID_FOREGROUND, row.getCell(PersonList.HEALTH).getCellStyle().getFillPattern(), "the faulty cell is marked");
            assertEquals(FillPatternType.NO_FILL, row.getCell(PersonList.NAME).getCellStyle().getFillPattern());
            assertEquals(null, sheet.getRow(2).getCell(errorColumn), "a good row has no error");
        }

        list.rows.get(1).set(PersonList.HEALTH, "健康");
        assertEquals(CliCommand.OK, run(new ImportCommand(), list.xlsx(folder.resolve("good.xlsx")).toString(), "--db", db));
        Path export = folder.resolve("out.csv");
        assertEquals(CliCommand.OK, run(new ExportCommand(), "registry", "--out", export.toString(), "--db", db));
        assertEquals(4, Files.readAllLines(export).size(), "a header and three people");
        Path none = folder.resolve("none.csv");
        assertEquals(CliCommand.FAILED, run(new ExportCommand(), "registry", "--out", none.toString(), "--township", "无此镇", "--db", db));
        assertTrue(Files.notExists(none), "no file for a township that is not there");
    }

    @Test
    void aClassImportsFromItsTemplateAndExportsBackUnchanged() throws Exception {
        PersonList list = new PersonList();
        list.household("长流村", "430582100001", 2, 1);
        String db = folder.resolve("db").toString();
        assertEquals(CliCommand.OK, run(new ImportCommand(), list.xlsx(folder.resolve("places.xlsx")).toString(), "--db", db));
        Path template = folder.resolve("template.xlsx");
        assertEquals(CliCommand.OK, run(new TemplateCommand(), "村", "--out", template.toString()));
        Path filled = folder.resolve("filled.xlsx");
        try (InputStream in = Files.newInputStream(template); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Row example = workbook.getSheetAt(0).getRow(1);
            List<String> values = List.of("廉桥镇", "430582100002", "新塘村", "否", "明年", "");
            for (int i = 0; i < values.size(); i++) {
                example.getCell(i).setCellValue(values.get(i));
            }
            try (var stream = Files.newOutputStream(filled)) {
                workbook.write(stream);
            }
        }
        Path errors = folder.resolve("errors.xlsx");
        assertEquals(CliCommand.FAILED, run(new ImportCommand(), filled.toString(), "--class", "村", "--errors", errors.toString(), "--db", db));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("出列年份"), err.toString(StandardCharsets.UTF_8));
        try (InputStream in = Files.newInputStream(errors); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertTrue(workbook.getSheetAt(0).getRow(1).getCell(6).getStringCellValue().startsWith("出列年份: "));
        }
        try (InputStream in = Files.newInputStream(filled); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            workbook.getSheetAt(0).getRow(1).getCell(4).setCellValue("2019");
            try (var stream = Files.newOutputStream(filled)) {
                workbook.write(stream);
            }
        }
        assertEquals(CliCommand.OK, run(new ImportCommand(), filled.toString(), "--class", "村", "--db", db));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("新建 1 条"), out.toString(StandardCharsets.UTF_8));
        Path villages = folder.resolve("villages.csv");
        assertEquals(CliCommand.OK, run(new ExportCommand(), "core.Village", "--out", villages.toString(), "--db", db));
        assertEquals(3, Files.readAllLines(villages).size(), "a header and two villages");
        out.reset();
        assertEquals(CliCommand.OK, run(new ImportCommand(), villages.toString(), "--class", "Village", "--db", db));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("新建 0 条；更新 0 条"), out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void usageErrors() {
        assertThrows(UsageException.class, () -> run(new ImportCommand(), "a.xlsx", "--mode", "merge"));
        assertThrows(UsageException.class, () -> run(new ImportCommand()));
        assertThrows(UsageException.class, () -> run(new ExportCommand(), "households", "--out", "x.xlsx"));
        assertThrows(UsageException.class, () -> run(new TemplateCommand(), "无此类", "--out", "x.xlsx"));
        assertThrows(UsageException.class, () -> run(new ImportCommand(), "a.xlsx", "--class", "无此类"));
    }
}

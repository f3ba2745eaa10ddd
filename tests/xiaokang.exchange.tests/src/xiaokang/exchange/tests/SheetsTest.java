package xiaokang.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import xiaokang.exchange.SheetRow;
import xiaokang.exchange.Sheets;

/** Cells as the workbook stores them, read as text the import understands, in .xlsx and .xls alike. */
class SheetsTest {

    @TempDir
    Path folder;

    @Test
    void datesNumbersAndTextReadAlikeFromXlsxAndXls() throws Exception {
        PersonList sheet = new PersonList();
        sheet.header.clear();
        sheet.header.addAll(List.of("日期", "数字", "文本数字", "全角"));
        sheet.rows.add(Arrays.asList(LocalDate.of(1972, 1, 4), 12345.6, "  2019 ", "４３０５"));
        sheet.rows.add(Arrays.asList(null, 2019, null, "x"));
        for (Path file : List.of(sheet.xlsx(folder.resolve("cells.xlsx")), sheet.xls(folder.resolve("cells.xls")))) {
            List<SheetRow> rows = new ArrayList<>();
            Sheets.read(file, rows::add);
            assertEquals(List.of("1972-01-04", "12345.6", "2019", "4305"), rows.get(1).cells(), file.toString());
            assertEquals(List.of("", "2019", "", "x"), rows.get(2).cells(), file.toString());
            assertEquals(3, rows.get(2).number());
        }
    }
}

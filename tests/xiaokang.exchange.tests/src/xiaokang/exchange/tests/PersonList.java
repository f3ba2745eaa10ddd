package xiaokang.exchange.tests;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import xiaokang.core.IdNumbers;

/** A national person list built for a test, written as .xlsx, .xls or .csv. */
final class PersonList {

    static final List<String> HEADER = List.of("县（市、区）", "乡（镇）", "行政村", "自然村（组）", "户编号", "户主姓名", "姓名", "证件号码", "与户主关系", "性别",
            "民族", "文化程度", "在校生状况", "健康状况", "劳动技能", "是否参加城乡居民基本医疗保险", "户类型", "脱贫年度", "人均纯收入", "主要致贫原因", "联系电话");
    static final int TOWNSHIP = 1;
    static final int VILLAGE = 2;
    static final int NUMBER = 4;
    static final int HEAD = 5;
    static final int NAME = 6;
    static final int ID = 7;
    static final int RELATION = 8;
    static final int GENDER = 9;
    static final int ETHNICITY = 10;
    static final int HEALTH = 13;
    static final int INCOME = 18;

    final List<String> header = new ArrayList<>(HEADER);
    final List<List<Object>> rows = new ArrayList<>();
    final List<String> titles = new ArrayList<>();

    /** A person's row with the household's and the person's usual values. */
    List<Object> add(String village, String number, String head, String name, String id, String relation) {
        List<Object> row = new ArrayList<>(List.of("邵东市", "廉桥镇", village, "3组", number, head, name, id, relation, IdNumbers.gender(id).getLiteral(),
                "汉族", "初中", "非在校生", "健康", "普通劳动力", "是", "脱贫户", 2018, "12000", "因病", "13800001234"));
        rows.add(row);
        return row;
    }

    /** A household of {@code size} people: the head, a spouse, then children. */
    void household(String village, String number, int size, int seed) {
        String head = "户主" + number.substring(number.length() - 3);
        add(village, number, head, head, id(1960, seed, 1), "户主");
        for (int i = 1; i < size; i++) {
            add(village, number, head, "成员" + number.substring(number.length() - 3) + i, id(1960 + 10 * i, seed, i + 1), i == 1 ? "配偶" : "之子");
        }
    }

    static String id(int year, int seed, int member) {
        return IdNumbers.of("430582", LocalDate.of(year, 1 + seed % 12, 1 + member), (seed * 7 + member * 2 + 1) % 1000);
    }

    Path xlsx(Path file) throws IOException {
        try (Workbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            fill(workbook);
            workbook.write(out);
        }
        return file;
    }

    Path xls(Path file) throws IOException {
        try (Workbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            fill(workbook);
            workbook.write(out);
        }
        return file;
    }

    Path csv(Path file, Charset charset, boolean bom) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, charset)) {
            if (bom) {
                out.write('\uFEFF');
            }
            for (String title : titles) {
                out.write(title + "\r\n");
            }
            out.write(String.join(",", header) + "\r\n");
            for (List<Object> row : rows) {
                out.write(String.join(",", row.stream().map(c -> c == null ? "" : c.toString()).toList()) + "\r\n");
            }
        }
        return file;
    }

    private void fill(Workbook workbook) {
        Sheet sheet = workbook.createSheet("人员名单");
        CellStyle date = workbook.createCellStyle();
        date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
        int next = 0;
        for (String title : titles) {
            sheet.createRow(next).createCell(0).setCellValue(title);
            sheet.addMergedRegion(new CellRangeAddress(next, next, 0, header.size() - 1));
            next++;
        }
        write(sheet.createRow(next++), new ArrayList<>(header), date);
        for (List<Object> row : rows) {
            write(sheet.createRow(next++), row, date);
        }
    }

    private static void write(Row row, List<?> cells, CellStyle date) {
        for (int i = 0; i < cells.size(); i++) {
            Object value = cells.get(i);
            Cell cell = row.createCell(i);
            if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else if (value instanceof LocalDate day) {
                cell.setCellValue(day);
                cell.setCellStyle(date);
            } else if (value != null) {
                cell.setCellValue(value.toString());
            }
        }
    }
}

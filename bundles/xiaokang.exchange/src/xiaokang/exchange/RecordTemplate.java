package xiaokang.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.osgi.util.NLS;

import xiaokang.exchange.RecordSheet.Column;
import xiaokang.exchange.RecordSheet.Kind;
import xiaokang.exchange.internal.Messages;
import xiaokang.exchange.internal.RecordKeys;
import xiaokang.exchange.internal.RecordValues;

/**
 * The empty sheet a desk fills to import a class's records: its headers, an example row to write
 * over, each enumeration's and yes/no column's accepted values as a drop-down list, and a 说明
 * sheet that says what each column holds and whether a new record needs it.
 */
public final class RecordTemplate {

    /** How many rows the drop-down lists cover. */
    private static final int ROWS = 5000;

    private RecordTemplate() {
    }

    public static void write(RecordSheet sheet, ModelLabels labels, Path out) throws IOException {
        RecordValues values = new RecordValues(labels);
        List<Column> columns = sheet.columns().stream().filter(c -> c.kind() != Kind.ID).toList();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet data = workbook.createSheet(WorkbookUtil.createSafeSheetName(labels.of(sheet.eClass())));
            Sheet lists = workbook.createSheet(Messages.Template_values);
            Sheet notes = workbook.createSheet(Messages.Template_notes);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = data.createRow(0);
            Row example = data.createRow(1);
            Row noteHeader = notes.createRow(0);
            noteHeader.createCell(0).setCellValue(Messages.Template_column);
            noteHeader.createCell(1).setCellValue(Messages.Template_required);
            noteHeader.createCell(2).setCellValue(Messages.Template_holds);
            noteHeader.forEach(cell -> cell.setCellStyle(bold));
            DataValidationHelper validations = data.getDataValidationHelper();
            int listColumn = 0;
            for (int i = 0; i < columns.size(); i++) {
                Column column = columns.get(i);
                header.createCell(i).setCellValue(column.header());
                header.getCell(i).setCellStyle(bold);
                data.setColumnWidth(i, Math.max(12, column.header().length() * 2 + 4) * 256);
                example.createCell(i).setCellValue(example(column, labels, values));
                Row note = notes.createRow(i + 1);
                note.createCell(0).setCellValue(column.header());
                note.createCell(1).setCellValue(column.isRequired() ? Messages.Import_yes : Messages.Import_no);
                note.createCell(2).setCellValue(holds(column, labels, values));
                List<String> accepted = accepted(column, values);
                if (!accepted.isEmpty()) {
                    for (int r = 0; r < accepted.size(); r++) {
                        Row row = lists.getRow(r) != null ? lists.getRow(r) : lists.createRow(r);
                        row.createCell(listColumn).setCellValue(accepted.get(r));
                    }
                    String letter = CellReference.convertNumToColString(listColumn++);
                    String range = '\'' + lists.getSheetName() + "'!$" + letter + "$1:$" + letter + '$' + accepted.size(); //$NON-NLS-1$
                    DataValidation validation = validations.createValidation(validations.createFormulaListConstraint(range),
                            new CellRangeAddressList(1, ROWS, i, i));
                    validation.setShowErrorBox(true);
                    data.addValidationData(validation);
                }
            }
            data.createFreezePane(0, 1);
            notes.setColumnWidth(0, 24 * 256);
            notes.setColumnWidth(2, 80 * 256);
            workbook.setSheetHidden(workbook.getSheetIndex(lists), true);
            try (OutputStream stream = Files.newOutputStream(out)) {
                workbook.write(stream);
            }
        }
    }

    private static List<String> accepted(Column column, RecordValues values) {
        if (column.feature() instanceof EAttribute attribute && !attribute.isMany()) {
            EDataType type = attribute.getEAttributeType();
            if (type instanceof EEnum eEnum) {
                return values.accepted(eEnum);
            }
            if (type.getInstanceClass() == boolean.class || type.getInstanceClass() == Boolean.class) {
                return List.of(Messages.Import_yes, Messages.Import_no);
            }
        }
        return List.of();
    }

    /** A value of the right kind, to show how the column is written. */
    private static String example(Column column, ModelLabels labels, RecordValues values) {
        if (column.kind() == Kind.CONTAINER) {
            return reference(column.feature().getEContainingClass(), labels);
        }
        if (column.feature() instanceof EReference reference) {
            return reference(reference.getEReferenceType(), labels);
        }
        EAttribute attribute = (EAttribute) column.feature();
        Class<?> type = attribute.getEAttributeType().getInstanceClass();
        List<String> accepted = accepted(column, values);
        if (!accepted.isEmpty()) {
            return accepted.get(0);
        }
        if (type == LocalDate.class) {
            return LocalDate.now().toString();
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return attribute.getName().toLowerCase(Locale.ROOT).contains("year") //$NON-NLS-1$
                    ? String.valueOf(Year.now().getValue() - 1)
                    : "1"; //$NON-NLS-1$
        }
        if (type == BigDecimal.class || type == double.class || type == Double.class) {
            return "1000.00"; //$NON-NLS-1$
        }
        return NLS.bind(Messages.Template_exampleText, labels.of(attribute));
    }

    /** How a reference is written: the target's key, e.g. 乡镇（名称）. */
    private static String reference(EClass type, ModelLabels labels) {
        EAttribute key = RecordKeys.keyAttribute(type);
        return NLS.bind(Messages.Template_reference, labels.of(type), key == null ? Messages.Record_id : labels.of(key));
    }

    private static String holds(Column column, ModelLabels labels, RecordValues values) {
        if (column.kind() == Kind.CONTAINER) {
            return NLS.bind(Messages.Template_container, reference(column.feature().getEContainingClass(), labels));
        }
        String many = column.feature().isMany() ? Messages.Template_many : ""; //$NON-NLS-1$
        if (column.feature() instanceof EReference reference) {
            return NLS.bind(Messages.Template_holdsReference, reference(reference.getEReferenceType(), labels)) + many;
        }
        List<String> accepted = accepted(column, values);
        if (!accepted.isEmpty()) {
            return NLS.bind(Messages.Template_holdsWords, String.join("、", accepted)) + many; //$NON-NLS-1$
        }
        Class<?> type = ((EAttribute) column.feature()).getEAttributeType().getInstanceClass();
        String kind = type == LocalDate.class ? Messages.Template_date
                : type == String.class ? Messages.Template_text
                        : type == BigDecimal.class || type == double.class || type == Double.class ? Messages.Template_number : Messages.Template_whole;
        return kind + many;
    }
}

package xiaokang.exchange.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

import xiaokang.exchange.Cells;
import xiaokang.exchange.SheetRow;
import xiaokang.exchange.Sheets.RowHandler;

/**
 * One sheet's XML read as a stream of rows: a shared string is looked up in a plain array (POI's
 * own handler builds a rich-text object per cell, half the time of a 640,000-row sheet), a number
 * is formatted by its cell's style only when it has one ({@link ExcelText}: dates as ISO dates).
 */
final class SheetXml extends DefaultHandler {

    private final String sheet;
    private final String[] strings;
    private final StylesTable styles;
    private final RowHandler handler;
    private final ExcelText text = new ExcelText();
    private final Map<Integer, XSSFCellStyle> styleCache = new HashMap<>();
    private final List<String> cells = new ArrayList<>();
    private final StringBuilder value = new StringBuilder();
    private int row;
    private int column;
    private String type;
    private int style;
    private boolean inValue;

    SheetXml(String sheet, String[] strings, StylesTable styles, RowHandler handler) {
        this.sheet = sheet;
        this.strings = strings;
        this.styles = styles;
        this.handler = handler;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            case "row" -> { //$NON-NLS-1$
                String number = attributes.getValue("r"); //$NON-NLS-1$
                row = number == null ? row + 1 : Integer.parseInt(number);
                cells.clear();
            }
            case "c" -> { //$NON-NLS-1$
                String reference = attributes.getValue("r"); //$NON-NLS-1$
                column = reference == null ? cells.size() : column(reference);
                type = attributes.getValue("t"); //$NON-NLS-1$
                String styleIndex = attributes.getValue("s"); //$NON-NLS-1$
                style = styleIndex == null ? -1 : Integer.parseInt(styleIndex);
                value.setLength(0);
            }
            case "v", "t" -> inValue = true; //$NON-NLS-1$ //$NON-NLS-2$
            default -> {
                // other elements (formulas, inline-string wrappers) carry no value of their own
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inValue) {
            value.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "v", "t" -> inValue = false; //$NON-NLS-1$ //$NON-NLS-2$
            case "c" -> { //$NON-NLS-1$
                while (cells.size() < column) {
                    cells.add(""); //$NON-NLS-1$
                }
                cells.add(Cells.normalize(cellText(value.toString())));
            }
            case "row" -> handler.row(new SheetRow(sheet, row, cells)); //$NON-NLS-1$
            default -> {
                // nothing ends with the other elements
            }
        }
    }

    private String cellText(String raw) {
        if (type == null || "n".equals(type)) { //$NON-NLS-1$
            return raw.isEmpty() ? raw : number(Double.parseDouble(raw));
        }
        return switch (type) {
            case "s" -> raw.isEmpty() ? raw : strings[Integer.parseInt(raw.strip())]; //$NON-NLS-1$
            case "b" -> "1".equals(raw) ? "TRUE" : "FALSE"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            case "e" -> ""; //$NON-NLS-1$
            default -> raw; // str (a formula's text), inlineStr
        };
    }

    private String number(double number) {
        if (style < 0) {
            return ExcelText.plain(number);
        }
        XSSFCellStyle cellStyle = styleCache.computeIfAbsent(style, styles::getStyleAt);
        return text.formatRawCellContents(number, cellStyle.getDataFormat(), cellStyle.getDataFormatString(), false);
    }

    /** The column of a cell reference: A is 0, AB is 27. */
    private static int column(String reference) {
        int column = 0;
        for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
            column = column * 26 + (reference.charAt(i) - 'A' + 1);
        }
        return column - 1;
    }
}

package xiaokang.exchange.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * The text of a numeric Excel cell as the import reads it: a date as {@code 1972-01-04} whatever
 * its display format, a plain number in full ({@code 12345.6}, never {@code 1.23E+04}), other
 * formats as Excel shows them.
 */
final class ExcelText extends DataFormatter {

    private static final int GENERAL = 0;

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
        if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
            LocalDateTime time = DateUtil.getLocalDateTime(value, use1904Windowing);
            return LocalDate.from(time).toString();
        }
        if (formatIndex == GENERAL || formatString == null || "General".equalsIgnoreCase(formatString) //$NON-NLS-1$
                || "@".equals(formatString) || "0".equals(formatString)) { //$NON-NLS-1$ //$NON-NLS-2$
            return plain(value);
        }
        return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
    }

    static String plain(double value) {
        return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }
}

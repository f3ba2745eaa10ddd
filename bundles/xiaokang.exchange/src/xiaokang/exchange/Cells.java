package xiaokang.exchange;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a cell as the sheets of a county's desks write it, made comparable: full-width
 * digits and letters become half-width (and, for matching, signs too), surrounding spaces go, and
 * dates and numbers are read in the forms those sheets use.
 */
public final class Cells {

    private static final Pattern DATE = Pattern.compile("(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?"); //$NON-NLS-1$
    private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})"); //$NON-NLS-1$
    private static final char FULL_WIDTH_FIRST = '\uFF01';
    private static final char FULL_WIDTH_LAST = '\uFF5E';
    private static final int FULL_WIDTH_OFFSET = 0xFEE0;

    private Cells() {
    }

    /**
     * Full-width digits and letters half-width, trimmed (also of ideographic and no-break spaces);
     * other full-width signs, such as a name's （2）, stay as written. Null stays null.
     */
    public static String normalize(String text) {
        return halfWidth(text, false);
    }

    private static String halfWidth(String text, boolean signs) {
        if (text == null) {
            return null;
        }
        if (isPlain(text)) {
            return text;
        }
        StringBuilder result = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= FULL_WIDTH_FIRST && c <= FULL_WIDTH_LAST && (signs || Character.isLetterOrDigit(c))) {
                result.append((char) (c - FULL_WIDTH_OFFSET));
            } else if (c == '\u3000' || c == '\u00A0') {
                result.append(' ');
            } else {
                result.append(c);
            }
        }
        return result.toString().strip();
    }

    /** Nothing to change: no full-width or odd space character, nothing to trim (most cells). */
    private static boolean isPlain(String text) {
        int length = text.length();
        if (length > 0 && (text.charAt(0) <= ' ' || text.charAt(length - 1) <= ' ')) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c >= FULL_WIDTH_FIRST && c <= FULL_WIDTH_LAST || c == '\u3000' || c == '\u00A0') {
                return false;
            }
        }
        return true;
    }

    /**
     * A header's (or a word's, number's, date's) text for matching: every full-width sign half-width
     * too, without any space inside ("户 编 号" is 户编号, "县（市、区）" is "县(市、区)").
     */
    public static String headerKey(String text) {
        return text == null ? "" : halfWidth(text, true).replaceAll("\\s+", ""); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** An ID number as written: normalized, without inner spaces, a lower-case check character upper-case. */
    public static String idNumber(String text) {
        return headerKey(text).toUpperCase(java.util.Locale.ROOT);
    }

    /**
     * A date written {@code 1972-01-04}, {@code 1972/1/4}, {@code 1972.1.4}, {@code 1972年1月4日} or
     * {@code 19720104} (Excel's own dates reach here already as {@code 1972-01-04}).
     *
     * @throws IllegalArgumentException when it is none of them or no such day exists
     */
    public static LocalDate date(String text) {
        String key = headerKey(text);
        Matcher matcher = DATE.matcher(key);
        if (!matcher.matches()) {
            matcher = COMPACT_DATE.matcher(key);
        }
        if (!matcher.matches()) {
            throw new IllegalArgumentException(text);
        }
        try {
            return LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                    Integer.parseInt(matcher.group(3)));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    /**
     * A number, also when stored as text with thousands separators ({@code 12,345.60}) or a unit
     * of yuan after it.
     *
     * @throws IllegalArgumentException when it is not a number
     */
    public static BigDecimal number(String text) {
        String key = headerKey(text).replace(",", "").replaceFirst("元$", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        try {
            return new BigDecimal(key);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    /**
     * A year such as {@code 2019}, also written {@code 2019年} or as an Excel number {@code 2019.0}.
     *
     * @throws IllegalArgumentException when it is not a year between 1949 and 2100
     */
    public static int year(String text) {
        BigDecimal value;
        try {
            value = number(headerKey(text).replaceFirst("年(度)?$", "")); //$NON-NLS-1$ //$NON-NLS-2$
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(text, e);
        }
        if (value.stripTrailingZeros().scale() > 0 || value.intValue() < 1949 || value.intValue() > 2100) {
            throw new IllegalArgumentException(text);
        }
        return value.intValue();
    }

    /** Whether nothing is written in the cell. */
    public static boolean isBlank(String text) {
        return text == null || normalize(text).isEmpty();
    }
}

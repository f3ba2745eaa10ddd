package xiaokang.store.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The text form of a whole row in the audit trail: a JSON object of column name to value, in the
 * table's column order, nulls left out; a many-valued feature is an array under its list table's
 * feature column. Strings, dates, timestamps and enum literals are JSON strings; numbers and
 * booleans are JSON numbers and booleans. Reports and {@code audit} read it as it is.
 */
final class RowText {

    private RowText() {
    }

    static String of(Map<String, ?> values) {
        StringBuilder text = new StringBuilder("{"); //$NON-NLS-1$
        for (Map.Entry<String, ?> entry : values.entrySet()) {
            if (entry.getValue() == null) {
                continue;
            }
            if (text.length() > 1) {
                text.append(',');
            }
            string(text, entry.getKey());
            text.append(':');
            value(text, entry.getValue());
        }
        return text.append('}').toString();
    }

    private static void value(StringBuilder text, Object value) {
        if (value instanceof List<?> list) {
            text.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    text.append(',');
                }
                value(text, list.get(i));
            }
            text.append(']');
        } else if (value instanceof BigDecimal decimal) {
            text.append(decimal.toPlainString());
        } else if (value instanceof Number || value instanceof Boolean) {
            text.append(value);
        } else if (value == null) {
            text.append("null"); //$NON-NLS-1$
        } else {
            string(text, value.toString());
        }
    }

    private static void string(StringBuilder text, String value) {
        text.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> text.append("\\\""); //$NON-NLS-1$
                case '\\' -> text.append("\\\\"); //$NON-NLS-1$
                case '\n' -> text.append("\\n"); //$NON-NLS-1$
                case '\r' -> text.append("\\r"); //$NON-NLS-1$
                case '\t' -> text.append("\\t"); //$NON-NLS-1$
                default -> {
                    if (c < 0x20) {
                        text.append(String.format("\\u%04x", (int) c)); //$NON-NLS-1$
                    } else {
                        text.append(c);
                    }
                }
            }
        }
        text.append('"');
    }
}

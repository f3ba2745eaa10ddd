package xiaokang.exchange;

/** Personal numbers masked for lists that leave the office: {@code 430521********1234}, {@code 138****5678}. */
public final class Masking {

    private Masking() {
    }

    /** The first six characters (the area) and the last four kept, the rest starred. */
    public static String idNumber(String id) {
        return middle(id, 6, 4);
    }

    /** The first three and last four digits kept, the rest starred. */
    public static String phone(String phone) {
        return middle(phone, 3, 4);
    }

    private static String middle(String text, int head, int tail) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        if (text.length() <= head + tail) {
            return "*".repeat(text.length()); //$NON-NLS-1$
        }
        return text.substring(0, head) + "*".repeat(text.length() - head - tail) + text.substring(text.length() - tail); //$NON-NLS-1$
    }
}

package xiaokang.store;

/**
 * Personal numbers masked, for lists that leave the office and for users who may not see them
 * (查阅): {@code 430521********1234}, {@code 138****5678}.
 */
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

    /** {@code text} masked as the model's {@code personal} annotation names it: {@code id} or {@code phone}. */
    public static String of(String kind, String text) {
        return "phone".equals(kind) ? phone(text) : idNumber(text); //$NON-NLS-1$
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

package xiaokang.edit.ui;

import java.math.BigDecimal;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;

import xiaokang.edit.ui.internal.Messages;

/**
 * What a form asks of a value, read from the model: a required feature (lower bound 1), the
 * attribute's type (a number, a date), and the annotation {@code http://xiaokang/form} with
 * {@code min}, {@code max}, {@code pattern} (and {@code patternText}, what it means in words) and
 * {@code unit}; text the store keeps in a column of a given {@code length} may not be longer.
 */
public final class FeatureRules {

    public static final String FORM = "http://xiaokang/form"; //$NON-NLS-1$
    private static final String STORE = "http://xiaokang/store"; //$NON-NLS-1$

    private FeatureRules() {
    }

    /** Whether a value must be given. */
    public static boolean required(EStructuralFeature feature) {
        return feature.getLowerBound() > 0 && !(feature instanceof EAttribute attribute && attribute.getEAttributeType().getInstanceClass() == boolean.class);
    }

    /** The unit a number is given in ("元", "亩"), or null. */
    public static String unit(EStructuralFeature feature) {
        return EcoreUtil.getAnnotation(feature, FORM, "unit"); //$NON-NLS-1$
    }

    /** The value typed into the attribute's field, or null for an empty field; {@link IllegalArgumentException} says why it cannot be taken. */
    public static Object value(EAttribute attribute, String typed) {
        String problem = problem(attribute, typed);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        String text = typed.strip();
        return text.isEmpty() ? null : EcoreUtil.createFromString(attribute.getEAttributeType(), normalized(attribute, text));
    }

    /** Why the text typed cannot be the attribute's value, or null when it can. */
    public static String problem(EAttribute attribute, String typed) {
        String text = typed.strip();
        if (text.isEmpty()) {
            return required(attribute) ? Messages.FeatureRules_required : null;
        }
        Object value;
        try {
            value = EcoreUtil.createFromString(attribute.getEAttributeType(), normalized(attribute, text));
        } catch (RuntimeException e) {
            return NLS.bind(Messages.FeatureRules_notA, kind(attribute));
        }
        String length = EcoreUtil.getAnnotation(attribute, STORE, "length"); //$NON-NLS-1$
        int longest = length == null ? 1000 : Integer.parseInt(length);
        if (value instanceof String && text.length() > longest) {
            return NLS.bind(Messages.FeatureRules_tooLong, longest);
        }
        String pattern = EcoreUtil.getAnnotation(attribute, FORM, "pattern"); //$NON-NLS-1$
        if (pattern != null && !Pattern.matches(pattern, text)) {
            String words = EcoreUtil.getAnnotation(attribute, FORM, "patternText"); //$NON-NLS-1$
            return words != null ? words : NLS.bind(Messages.FeatureRules_pattern, pattern);
        }
        if (value instanceof Number number) {
            BigDecimal amount = new BigDecimal(number.toString());
            String min = EcoreUtil.getAnnotation(attribute, FORM, "min"); //$NON-NLS-1$
            String max = EcoreUtil.getAnnotation(attribute, FORM, "max"); //$NON-NLS-1$
            if (min != null && amount.compareTo(new BigDecimal(min)) < 0) {
                return NLS.bind(Messages.FeatureRules_belowMin, min);
            }
            if (max != null && amount.compareTo(new BigDecimal(max)) > 0) {
                return NLS.bind(Messages.FeatureRules_aboveMax, max);
            }
        }
        return null;
    }

    /** Numbers as a desk writes them: thousands separators and full-width digits. */
    private static String normalized(EAttribute attribute, String text) {
        if (!Number.class.isAssignableFrom(boxed(attribute.getEAttributeType().getInstanceClass()))) {
            return text;
        }
        StringBuilder plain = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c >= '０' && c <= '９') {
                plain.append((char) ('0' + c - '０'));
            } else if (c == '．') {
                plain.append('.');
            } else if (c != ',' && c != '，') {
                plain.append(c);
            }
        }
        return plain.toString();
    }

    private static Class<?> boxed(Class<?> type) {
        if (type == int.class || type == long.class || type == double.class) {
            return Number.class;
        }
        return type == null ? Object.class : type;
    }

    /** What the field takes, in words: 整数, 数字, 日期（如 2024-06-30）. */
    private static String kind(EAttribute attribute) {
        Class<?> type = attribute.getEAttributeType().getInstanceClass();
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return Messages.FeatureRules_integer;
        }
        if (type != null && Number.class.isAssignableFrom(boxed(type))) {
            return Messages.FeatureRules_number;
        }
        if (type != null && type.getName().equals("java.time.LocalDate")) { //$NON-NLS-1$
            return Messages.FeatureRules_date;
        }
        return Messages.FeatureRules_value;
    }
}

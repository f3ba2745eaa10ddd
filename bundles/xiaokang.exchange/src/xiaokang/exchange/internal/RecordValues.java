package xiaokang.exchange.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;

import xiaokang.exchange.Cells;
import xiaokang.exchange.ModelLabels;
import xiaokang.exchange.Words;

/**
 * An attribute's values as a sheet writes them: enumeration literals by their labels (either
 * language, or the model's name), booleans 是/否, dates and numbers as {@link Cells} reads them, a
 * list's items separated by 、 (or , ; and their full-width forms).
 */
public final class RecordValues {

    private static final Pattern SEPARATORS = Pattern.compile("[、,;，；]"); //$NON-NLS-1$
    private static final String JOINER = "、"; //$NON-NLS-1$
    private static final Words<Boolean> BOOLEANS = Words.<Boolean>empty().add(Boolean.TRUE, "是", "有", "Y", "yes", "true") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            .add(Boolean.FALSE, "否", "无", "N", "no", "false"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

    private final ModelLabels labels;
    private final Map<EEnum, Words<Enumerator>> enumWords = new HashMap<>();

    public RecordValues(ModelLabels labels) {
        this.labels = labels;
    }

    /** The items of a list's cell. */
    public static List<String> items(String text) {
        return SEPARATORS.splitAsStream(text).map(String::strip).filter(item -> !item.isEmpty()).toList();
    }

    public static String join(List<String> items) {
        return String.join(JOINER, items);
    }

    /**
     * The value a cell's text stands for: one value, or a list for a many-valued attribute.
     *
     * @throws IllegalArgumentException with the message to show when the text is no such value
     */
    public Object parse(EAttribute attribute, String text) {
        if (!attribute.isMany()) {
            return one(attribute.getEAttributeType(), text);
        }
        List<Object> values = new ArrayList<>();
        for (String item : items(text)) {
            values.add(one(attribute.getEAttributeType(), item));
        }
        return values;
    }

    private Object one(EDataType type, String text) {
        Class<?> instance = type.getInstanceClass();
        if (type instanceof EEnum eEnum) {
            Words<Enumerator> words = words(eEnum);
            return words.value(text).orElseThrow(() -> new IllegalArgumentException(
                    NLS.bind(Messages.Import_unknownWord, text, String.join("、", accepted(eEnum))))); //$NON-NLS-1$
        }
        if (instance == boolean.class || instance == Boolean.class) {
            return BOOLEANS.value(text).orElseThrow(() -> new IllegalArgumentException(NLS.bind(Messages.Import_unknownWord, text, Messages.Record_yesNo)));
        }
        if (instance == LocalDate.class) {
            try {
                return Cells.date(text);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(NLS.bind(Messages.Record_notDate, text), e);
            }
        }
        if (Number.class.isAssignableFrom(wrapper(instance))) {
            return number(instance, text);
        }
        if (instance == String.class) {
            return text;
        }
        try {
            return EcoreUtil.createFromString(type, text);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(NLS.bind(Messages.Record_badValue, text), e);
        }
    }

    private static Object number(Class<?> instance, String text) {
        BigDecimal value;
        try {
            value = Cells.number(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(NLS.bind(Messages.Import_notNumber, text), e);
        }
        Class<?> type = wrapper(instance);
        if (type == BigDecimal.class) {
            return value;
        }
        if (type == Double.class || type == Float.class) {
            return type == Double.class ? (Object) value.doubleValue() : (Object) value.floatValue();
        }
        try {
            BigInteger whole = value.stripTrailingZeros().toBigIntegerExact();
            if (type == Integer.class) {
                return whole.intValueExact();
            }
            if (type == Long.class) {
                return whole.longValueExact();
            }
            if (type == Short.class) {
                return whole.shortValueExact();
            }
            return whole;
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(NLS.bind(Messages.Record_notWhole, text), e);
        }
    }

    private static Class<?> wrapper(Class<?> type) {
        if (type == int.class) {
            return Integer.class;
        }
        if (type == long.class) {
            return Long.class;
        }
        if (type == short.class) {
            return Short.class;
        }
        if (type == double.class) {
            return Double.class;
        }
        if (type == float.class) {
            return Float.class;
        }
        return type == null ? Object.class : type;
    }

    /** What a cell shows for a value: numbers as numbers, literals by their label, 是/否, dates as 2020-09-01. */
    public Object cell(EAttribute attribute, Object value) {
        if (value instanceof List<?> list) {
            return list.isEmpty() ? null : join(list.stream().map(item -> String.valueOf(cell(attribute.getEAttributeType(), item))).toList());
        }
        return cell(attribute.getEAttributeType(), value);
    }

    private Object cell(EDataType type, Object value) {
        if (value == null) {
            return null;
        }
        if (type instanceof EEnum eEnum && value instanceof Enumerator literal) {
            return labels.of(eEnum.getEEnumLiteral(literal.getName()));
        }
        if (value instanceof Boolean yes) {
            return yes ? Messages.Import_yes : Messages.Import_no;
        }
        if (value instanceof Number || value instanceof String) {
            return value;
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        return EcoreUtil.convertToString(type, value);
    }

    /** The words a desk may write for an enumeration's literals, each literal's label first. */
    public List<String> accepted(EEnum eEnum) {
        return eEnum.getELiterals().stream().map(labels::of).toList();
    }

    private Words<Enumerator> words(EEnum eEnum) {
        return enumWords.computeIfAbsent(eEnum, any -> {
            Words<Enumerator> words = Words.empty();
            for (EEnumLiteral literal : eEnum.getELiterals()) {
                words.add(literal.getInstance(), labels.words(literal).toArray(String[]::new));
            }
            return words;
        });
    }
}

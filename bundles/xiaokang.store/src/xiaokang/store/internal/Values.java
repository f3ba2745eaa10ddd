package xiaokang.store.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.util.EcoreUtil;

/** Converts attribute values between EMF and JDBC; enums are stored by literal name. */
final class Values {

    private Values() {
    }

    static Object toSql(EAttribute attribute, Object value) {
        if (value == null) {
            return null;
        }
        EDataType type = attribute.getEAttributeType();
        if (type instanceof EEnum) {
            return ((Enumerator) value).getName();
        }
        if (value instanceof LocalDate date) {
            return Date.valueOf(date);
        }
        if (value instanceof LocalDateTime time) {
            return Timestamp.valueOf(time);
        }
        if (value instanceof java.util.Date date) {
            return new Timestamp(date.getTime());
        }
        if (value instanceof Number || value instanceof Boolean || value instanceof String) {
            return value;
        }
        return EcoreUtil.convertToString(type, value);
    }

    static Object fromSql(EAttribute attribute, ResultSet rows, String column) throws SQLException {
        return fromSql(attribute, rows.getObject(column));
    }

    static Object fromSql(EAttribute attribute, Object value) {
        if (value == null) {
            return null;
        }
        EDataType type = attribute.getEAttributeType();
        Class<?> instanceClass = type.getInstanceClass();
        if (type instanceof EEnum eEnum) {
            EEnumLiteral literal = eEnum.getEEnumLiteral((String) value);
            return literal == null ? null : literal.getInstance();
        }
        if (instanceClass == LocalDate.class) {
            return ((Date) value).toLocalDate();
        }
        if (instanceClass == LocalDateTime.class) {
            return ((Timestamp) value).toLocalDateTime();
        }
        if (instanceClass == java.util.Date.class) {
            return new java.util.Date(((Timestamp) value).getTime());
        }
        if (value instanceof Number number && instanceClass != BigDecimal.class) {
            return numberAs(number, instanceClass);
        }
        if (value instanceof String text && instanceClass != String.class) {
            return EcoreUtil.createFromString(type, text);
        }
        return value;
    }

    /**
     * An attribute's value from the text the audit keeps of its column's SQL value (an enum's
     * name, a date as {@code 2020-01-31}, a number, {@code true}), or null.
     */
    static Object fromText(EAttribute attribute, String text) {
        if (text == null) {
            return null;
        }
        EDataType type = attribute.getEAttributeType();
        Class<?> instanceClass = type.getInstanceClass();
        if (type instanceof EEnum eEnum) {
            EEnumLiteral literal = eEnum.getEEnumLiteral(text);
            return literal == null ? null : literal.getInstance();
        }
        if (instanceClass == String.class) {
            return text;
        }
        if (instanceClass == LocalDate.class) {
            return Date.valueOf(text).toLocalDate();
        }
        if (instanceClass == LocalDateTime.class) {
            return Timestamp.valueOf(text).toLocalDateTime();
        }
        if (instanceClass == java.util.Date.class) {
            return new java.util.Date(Timestamp.valueOf(text).getTime());
        }
        if (instanceClass == boolean.class || instanceClass == Boolean.class) {
            return Boolean.valueOf(text);
        }
        if (instanceClass == BigDecimal.class) {
            return new BigDecimal(text);
        }
        if (Number.class.isAssignableFrom(instanceClass) || instanceClass.isPrimitive()) {
            return numberAs(new BigDecimal(text), instanceClass);
        }
        return EcoreUtil.createFromString(type, text);
    }

    private static Object numberAs(Number number, Class<?> type) {
        if (type == long.class || type == Long.class) {
            return number.longValue();
        }
        if (type == short.class || type == Short.class) {
            return number.shortValue();
        }
        if (type == double.class || type == Double.class) {
            return number.doubleValue();
        }
        if (type == float.class || type == Float.class) {
            return number.floatValue();
        }
        if (type == java.math.BigInteger.class) {
            return new BigDecimal(number.toString()).toBigInteger();
        }
        return number.intValue();
    }
}

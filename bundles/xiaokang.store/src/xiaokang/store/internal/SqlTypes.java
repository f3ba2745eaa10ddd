package xiaokang.store.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;

/** The SQL type of an attribute's data type; anything unknown is stored as its EMF string form. */
final class SqlTypes {

    private static final Map<Class<?>, String> TYPES = Map.ofEntries(
            Map.entry(int.class, "INTEGER"), Map.entry(Integer.class, "INTEGER"), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry(long.class, "BIGINT"), Map.entry(Long.class, "BIGINT"), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry(short.class, "SMALLINT"), Map.entry(Short.class, "SMALLINT"), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry(boolean.class, "BOOLEAN"), Map.entry(Boolean.class, "BOOLEAN"), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry(double.class, "DOUBLE"), Map.entry(Double.class, "DOUBLE"), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry(float.class, "REAL"), Map.entry(Float.class, "REAL"), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry(BigDecimal.class, "DECIMAL(18,2)"), Map.entry(BigInteger.class, "DECIMAL(31,0)"), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry(Date.class, "TIMESTAMP"), Map.entry(LocalDate.class, "DATE"), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry(LocalDateTime.class, "TIMESTAMP")); //$NON-NLS-1$

    private static final int DEFAULT_LENGTH = 1000;

    private SqlTypes() {
    }

    static String of(EAttribute attribute) {
        EDataType type = attribute.getEAttributeType();
        if (type instanceof EEnum) {
            return "VARCHAR(64)"; //$NON-NLS-1$
        }
        String sql = TYPES.get(type.getInstanceClass());
        if (sql != null) {
            return sql;
        }
        String length = StoreAnnotations.detail(attribute, "length"); //$NON-NLS-1$
        return "VARCHAR(" + (length == null ? DEFAULT_LENGTH : Integer.parseInt(length.trim())) + ")"; //$NON-NLS-1$ //$NON-NLS-2$
    }
}

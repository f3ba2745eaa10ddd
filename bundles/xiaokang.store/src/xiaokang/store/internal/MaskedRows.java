package xiaokang.store.internal;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;

import xiaokang.store.Masking;

/**
 * The rows a reader's query returns, with the values of personal columns (ID and phone numbers,
 * as the models annotate them) masked as they are read: the columns are known by the table and
 * column the database says each result column comes from, whatever the query calls them.
 */
final class MaskedRows implements InvocationHandler {

    private final ResultSet rows;
    private final Map<String, String> personal;
    /** The kind of personal number of each result column (1-based), null for a column that holds none. */
    private String[] kinds;

    private MaskedRows(ResultSet rows, Map<String, String> personal) {
        this.rows = rows;
        this.personal = personal;
    }

    static ResultSet wrap(ResultSet rows, Map<String, String> personal) {
        return (ResultSet) Proxy.newProxyInstance(MaskedRows.class.getClassLoader(), new Class<?>[] { ResultSet.class },
                new MaskedRows(rows, personal));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        Object value;
        try {
            value = method.invoke(rows, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
        String name = method.getName();
        if (value instanceof String text && args != null && args.length >= 1
                && (name.equals("getString") || name.equals("getObject") || name.equals("getNString"))) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            int column = args[0] instanceof Integer index ? index : rows.findColumn((String) args[0]);
            String kind = kind(column);
            return kind == null ? text : Masking.of(kind, text);
        }
        return value;
    }

    private String kind(int column) throws SQLException {
        if (kinds == null) {
            ResultSetMetaData meta = rows.getMetaData();
            kinds = new String[meta.getColumnCount() + 1];
            for (int i = 1; i < kinds.length; i++) {
                String source = (meta.getSchemaName(i) + '.' + meta.getTableName(i) + '.' + meta.getColumnName(i)).toUpperCase(Locale.ROOT);
                kinds[i] = personal.get(source);
            }
        }
        return column > 0 && column < kinds.length ? kinds[column] : null;
    }
}

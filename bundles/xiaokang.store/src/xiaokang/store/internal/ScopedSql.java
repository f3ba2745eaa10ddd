package xiaokang.store.internal;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A connection of a login whose role reads through views (a township user's, a reader's): every
 * query that names a table with such a view reads the view instead, so that the navigator, a
 * search, a report, an export and a command all see the rows, and the masked numbers, the role
 * allows, whatever SQL they run. Statements that change rows are left alone: the database refuses
 * them on tables the role may not change, and the store checks the rows it writes.
 */
public final class ScopedSql implements InvocationHandler {

    private static final Pattern QUERY = Pattern.compile("^[\\s(]*(SELECT|WITH|VALUES)\\b", Pattern.CASE_INSENSITIVE); //$NON-NLS-1$

    private static final Map<String, String> PREFIXES = Map.of(AccessGrants.LOCAL, Places.LOCAL_PREFIX, AccessGrants.READER,
            Places.MASKED_PREFIX);

    private final Object target;
    private final Scope scope;

    /**
     * What a role reads through: the prefix of its views' schemas and the tables that have one
     * ({@code SCHEMA.TABLE}, upper case). An empty prefix reads the tables themselves.
     */
    public record Scope(String role, String prefix, Set<String> tables, Map<String, String> masked) {

        public static final Scope NONE = new Scope("", "", Set.of(), Map.of()); //$NON-NLS-1$ //$NON-NLS-2$

        boolean reads() {
            return !prefix.isEmpty() && !tables.isEmpty();
        }

        boolean masks() {
            return !masked.isEmpty();
        }

        Pattern pattern() {
            if (tables.isEmpty()) {
                return Pattern.compile("(?!)"); //$NON-NLS-1$
            }
            return Pattern.compile("(?<![\\w.\"])(" + tables.stream().map(Pattern::quote).collect(Collectors.joining("|")) //$NON-NLS-1$ //$NON-NLS-2$
                    + ")(?![\\w\"])", Pattern.CASE_INSENSITIVE); //$NON-NLS-1$
        }
    }

    private final Pattern names;

    private ScopedSql(Object target, Scope scope, Pattern names) {
        this.target = target;
        this.scope = scope;
        this.names = names;
    }

    /** {@code connection} reading through the scope's views, or itself when the scope reads the tables. */
    public static Connection wrap(Connection connection, Scope scope) {
        if (!scope.reads() && !scope.masks()) {
            return connection;
        }
        return proxy(Connection.class, connection, scope, scope.pattern());
    }

    /** Whether {@code connection} reads through views, so that figures computed on it cover only what its user sees. */
    public static boolean isScoped(Connection connection) {
        return Proxy.isProxyClass(connection.getClass()) && Proxy.getInvocationHandler(connection) instanceof ScopedSql;
    }

    /** The scope {@code connection} reads through, {@link Scope#NONE} for a connection that reads the tables. */
    public static Scope scope(Connection connection) {
        return isScoped(connection) ? ((ScopedSql) Proxy.getInvocationHandler(connection)).scope : Scope.NONE;
    }

    /** The connection underneath, which reads the tables themselves (as far as its privileges go). */
    public static Connection unwrap(Connection connection) {
        return isScoped(connection) ? (Connection) ((ScopedSql) Proxy.getInvocationHandler(connection)).target : connection;
    }

    /** The statement text a scoped connection runs for {@code sql}. */
    private String rewrite(String sql) {
        if (!QUERY.matcher(sql).find()) {
            return sql;
        }
        Matcher matcher = names.matcher(sql);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(result, Matcher.quoteReplacement(scope.prefix() + matcher.group(1).toUpperCase(Locale.ROOT)));
        }
        matcher.appendTail(result);
        return result.toString();
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        Object[] arguments = args;
        if (arguments != null && arguments.length > 0 && arguments[0] instanceof String sql && rewrites(method)) {
            arguments = arguments.clone();
            arguments[0] = rewrite(sql);
        }
        Object result;
        try {
            result = method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
        if (result instanceof Statement statement && method.getName().equals("createStatement")) { //$NON-NLS-1$
            return proxy(Statement.class, statement, scope, names);
        }
        if (scope.masks()) {
            if (result instanceof CallableStatement call) {
                return proxy(CallableStatement.class, call, scope, names);
            }
            if (result instanceof PreparedStatement prepared && method.getName().startsWith("prepare")) { //$NON-NLS-1$
                return proxy(PreparedStatement.class, prepared, scope, names);
            }
            if (result instanceof ResultSet rows) {
                return MaskedRows.wrap(rows, scope.masked());
            }
        }
        return result;
    }

    private static boolean rewrites(Method method) {
        String name = method.getName();
        return name.startsWith("prepare") || name.startsWith("execute") || name.equals("addBatch") || name.equals("nativeSQL"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    private static <T> T proxy(Class<T> type, T target, Scope scope, Pattern names) {
        return type.cast(Proxy.newProxyInstance(ScopedSql.class.getClassLoader(), new Class<?>[] { type },
                new ScopedSql(target, scope, names)));
    }

    /**
     * The scope of a login whose database role is {@code role}: the views of its role's schemas as
     * the database has them now (made by {@code server init}).
     */
    public static Scope scopeOf(Connection connection, String role) throws SQLException {
        String prefix = PREFIXES.getOrDefault(role, ""); //$NON-NLS-1$
        if (prefix.isEmpty()) {
            return new Scope(role, "", Set.of(), Map.of()); //$NON-NLS-1$
        }
        Set<String> tables = new HashSet<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT S.SCHEMANAME, T.TABLENAME FROM SYS.SYSTABLES T " //$NON-NLS-1$
                + "JOIN SYS.SYSSCHEMAS S ON T.SCHEMAID = S.SCHEMAID WHERE T.TABLETYPE = 'V' AND S.SCHEMANAME LIKE ?")) { //$NON-NLS-1$
            query.setString(1, prefix + '%');
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    tables.add(rows.getString(1).substring(prefix.length()) + '.' + rows.getString(2));
                }
            }
        }
        return new Scope(role, prefix, Set.copyOf(tables), AccessGrants.READER.equals(role) ? PersonalColumns.read(connection) : Map.of());
    }

}

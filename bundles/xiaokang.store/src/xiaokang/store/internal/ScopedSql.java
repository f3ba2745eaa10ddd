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

    /** A query, after any blanks, parentheses and comments (a report's SQL often opens with a comment). */
    private static final Pattern QUERY = Pattern.compile("^(?:\\s|\\(|--[^\\n]*(?:\\n|$)|/\\*.*?\\*/)*(SELECT|WITH|VALUES)\\b", //$NON-NLS-1$
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private static final Map<String, String> PREFIXES = Map.of(AccessGrants.LOCAL, Places.LOCAL_PREFIX, AccessGrants.READER,
            Places.MASKED_PREFIX);

    /** A table named right after a JOIN keyword. */
    private static final Pattern JOINED = Pattern.compile("\\bJOIN\\s+$", Pattern.CASE_INSENSITIVE); //$NON-NLS-1$
    /** The alias after a table's name, if it has one (a word that is not the next keyword). */
    private static final Pattern ALIAS = Pattern.compile(
            "\\s+(?:AS\\s+)?(?!(?:ON|JOIN|LEFT|RIGHT|INNER|OUTER|CROSS|FULL|NATURAL|WHERE|GROUP|ORDER|HAVING|UNION|EXCEPT|INTERSECT|FETCH|OFFSET|FOR|WITH)\\b)[A-Za-z_][A-Za-z0-9_]*", //$NON-NLS-1$
            Pattern.CASE_INSENSITIVE);
    /** Derby's optimizer override: a table reference's properties in a comment that ends its line. */
    private static final String HASH_JOIN = " --DERBY-PROPERTIES joinStrategy=HASH\n"; //$NON-NLS-1$
    /** Derby's state for a statement that has no plan with the overrides asked for. */
    private static final String NO_PLAN = "42Y69"; //$NON-NLS-1$

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

    /**
     * The statement text a scoped connection runs for {@code sql}: each table that has a view
     * named by its view; with {@code hashJoins}, each view joined to what comes before it asks for
     * a hash join, since Derby does not push a {@code JOIN ... ON} condition into a view and would
     * otherwise read the whole view again for every row on its left (24 s instead of 0.2 s for a
     * township's households and members).
     */
    private String rewrite(String sql, boolean hashJoins) {
        if (!QUERY.matcher(sql).find()) {
            return sql;
        }
        Matcher matcher = names.matcher(sql);
        StringBuilder result = new StringBuilder();
        int from = 0;
        while (matcher.find()) {
            result.append(sql, from, matcher.start()).append(scope.prefix()).append(matcher.group(1).toUpperCase(Locale.ROOT));
            from = matcher.end();
            if (hashJoins && JOINED.matcher(sql.substring(0, matcher.start())).find()) {
                Matcher alias = ALIAS.matcher(sql).region(from, sql.length());
                if (alias.lookingAt()) {
                    result.append(alias.group());
                    from = alias.end();
                }
                result.append(HASH_JOIN);
            }
        }
        return result.append(sql.substring(from)).toString();
    }

    private Object call(Method method, Object[] arguments) throws Throwable {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        Object result;
        if (args != null && args.length > 0 && args[0] instanceof String sql && rewrites(method)) {
            Object[] arguments = args.clone();
            arguments[0] = rewrite(sql, true);
            try {
                result = call(method, arguments);
            } catch (SQLException e) {
                if (!NO_PLAN.equals(e.getSQLState()) || arguments[0].equals(sql)) {
                    throw e;
                }
                // a join on no equality (ON a < b) cannot be a hash join: let the optimizer choose
                arguments[0] = rewrite(sql, false);
                result = call(method, arguments);
            }
        } else {
            result = call(method, args);
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

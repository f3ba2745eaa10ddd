package xiaokang.store.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EAttribute;

/**
 * The views that township users and readers read through ({@link ScopedSql}), made again by the
 * database owner after every change of tables: for each table, a view in schema
 * {@code XKL_<SCHEMA>} with the rows of the user's townships ({@link Places}), and one in
 * {@code XKM_<SCHEMA>} with every row and the ID and phone numbers masked
 * ({@code 430521********1234}, {@code 138****5678}); the readers' audit leaves out the values
 * of tables that hold such numbers.
 */
public final class ScopedViews {

    private static final Pattern VIEW = Pattern.compile(Places.LOCAL_PREFIX + "[A-Z0-9_]+\\.[A-Z0-9_]+"); //$NON-NLS-1$
    private static final String STARS = "*".repeat(64); //$NON-NLS-1$

    private final Connection owner;
    private final Mapping mapping;
    private final Places places;
    private final Map<String, ClassTable> classTables = new HashMap<>();
    private final Map<String, ListTable> listTables = new HashMap<>();
    private final Map<String, String> localConditions = new LinkedHashMap<>();
    private final Set<String> created = new HashSet<>();

    private ScopedViews(Connection owner, Mapping mapping) {
        this.owner = owner;
        this.mapping = mapping;
        this.places = new Places(mapping);
        for (ClassTable table : mapping.tables()) {
            classTables.put(table.qualifiedName(), table);
            table.listTables().forEach(list -> listTables.put(list.qualifiedName(), list));
        }
    }

    /** Drops the views there are and makes them for every table there is now. */
    public static void make(Connection owner, Mapping mapping, List<String> tables) throws SQLException {
        dropAll(owner);
        new ScopedViews(owner, mapping).create(tables);
    }

    private void create(List<String> tables) throws SQLException {
        Map<String, List<String>> columns = columns(tables);
        for (String table : tables) {
            if (!table.startsWith(SchemaManager.META + '.')) {
                localConditions.put(table, localCondition(table, columns.get(table)).orElse(null));
            }
        }
        try (Statement statement = owner.createStatement()) {
            for (String table : localConditions.keySet()) {
                createLocal(statement, table);
            }
            for (String table : tables) {
                if (!table.startsWith(SchemaManager.META + '.') || table.equals(SchemaManager.AUDIT)) {
                    createMasked(statement, table, columns.get(table));
                }
            }
        }
    }

    private void createLocal(Statement statement, String table) throws SQLException {
        if (!created.add(table)) {
            return;
        }
        String condition = localConditions.get(table);
        if (condition != null) {
            // the views a condition reads are made first
            Matcher views = VIEW.matcher(condition);
            while (views.find()) {
                String dependency = views.group().substring(Places.LOCAL_PREFIX.length());
                if (localConditions.containsKey(dependency)) {
                    createLocal(statement, dependency);
                }
            }
        }
        ensureSchema(statement, Places.LOCAL_PREFIX + schema(table));
        statement.execute("CREATE VIEW " + Places.view(table) + " AS SELECT * FROM " + table //$NON-NLS-1$ //$NON-NLS-2$
                + (condition == null ? "" : " WHERE " + condition)); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private Optional<String> localCondition(String table, List<String> columns) {
        ClassTable classTable = classTables.get(table);
        if (classTable != null) {
            return places.rule(classTable).map(Places.Rule::visible);
        }
        ListTable list = listTables.get(table);
        if (list != null) {
            return owner(list).flatMap(places::rule).map(rule -> "OWNER_ID IN (SELECT ID FROM " + Places.view(owner(list).get().qualifiedName()) + ')'); //$NON-NLS-1$
        }
        return derivedCondition(columns);
    }

    /** A derived figure's row is seen when the places and records it names are: {@code HOUSEHOLD_ID}, {@code PLACE_ID} ... */
    private Optional<String> derivedCondition(List<String> columns) {
        List<String> conditions = new ArrayList<>();
        for (String column : columns) {
            String in = null;
            if (column.equals("PLACE_ID")) { //$NON-NLS-1$
                in = places.placeTables().stream().map(t -> "SELECT ID FROM " + Places.view(t.qualifiedName())) //$NON-NLS-1$
                        .collect(Collectors.joining(" UNION ALL ")); //$NON-NLS-1$
            } else if (column.endsWith("_ID")) { //$NON-NLS-1$
                String name = column.substring(0, column.length() - 3);
                in = mapping.tables().stream().filter(t -> t.name().equals(name) && places.rule(t).isPresent()).findFirst()
                        .map(t -> "SELECT ID FROM " + Places.view(t.qualifiedName())).orElse(null); //$NON-NLS-1$
            }
            if (in != null && !in.isEmpty()) {
                conditions.add('(' + column + " IS NULL OR " + column + " IN (" + in + "))"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
        }
        return conditions.isEmpty() ? Optional.empty() : Optional.of(String.join(" AND ", conditions)); //$NON-NLS-1$
    }

    private Optional<ClassTable> owner(ListTable list) {
        return classTables.values().stream().filter(t -> t.listTables().contains(list)).findFirst();
    }

    private void createMasked(Statement statement, String table, List<String> columns) throws SQLException {
        Map<String, String> personal = personalColumns(table);
        String select;
        if (table.equals(SchemaManager.AUDIT)) {
            Set<String> holding = personalTables();
            String hidden = holding.isEmpty() ? "FALSE" //$NON-NLS-1$
                    : "TABLE_NAME IN (" + holding.stream().map(t -> '\'' + t + '\'').collect(Collectors.joining(", ")) + ')'; //$NON-NLS-1$ //$NON-NLS-2$
            select = columns.stream().map(c -> c.endsWith("_VALUE") ? "CASE WHEN " + hidden + " THEN NULL ELSE " + c + " END AS " + c : c) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    .collect(Collectors.joining(", ")); //$NON-NLS-1$
        } else if (personal.isEmpty()) {
            select = "*"; //$NON-NLS-1$
        } else {
            select = columns.stream().map(c -> personal.containsKey(c) ? mask(c, personal.get(c)) + " AS " + c : c) //$NON-NLS-1$
                    .collect(Collectors.joining(", ")); //$NON-NLS-1$
        }
        ensureSchema(statement, Places.MASKED_PREFIX + schema(table));
        statement.execute("CREATE VIEW " + Places.MASKED_PREFIX + table + " AS SELECT " + select + " FROM " + table); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** The first characters and the last four kept, the rest starred, as the export's {@code --mask} does. */
    private static String mask(String column, String kind) {
        int head = "phone".equals(kind) ? 3 : 6; //$NON-NLS-1$
        int kept = head + 4;
        return "CASE WHEN " + column + " IS NULL OR LENGTH(" + column + ") = 0 THEN " + column //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + " WHEN LENGTH(" + column + ") <= " + kept + " THEN SUBSTR('" + STARS + "', 1, LENGTH(" + column + "))" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                + " ELSE SUBSTR(" + column + ", 1, " + head + ") || SUBSTR('" + STARS + "', 1, LENGTH(" + column + ") - " + kept //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                + ") || SUBSTR(" + column + ", LENGTH(" + column + ") - 3) END"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private Map<String, String> personalColumns(String table) {
        Map<String, String> personal = new HashMap<>();
        ClassTable classTable = classTables.get(table);
        if (classTable != null) {
            for (Column column : classTable.columns()) {
                if (column.kind() == Column.Kind.ATTRIBUTE && column.feature() instanceof EAttribute attribute
                        && Places.personal(attribute) != null) {
                    personal.put(column.name(), Places.personal(attribute));
                }
            }
        }
        return personal;
    }

    private Set<String> personalTables() {
        return classTables.keySet().stream().filter(t -> !personalColumns(t).isEmpty()).collect(Collectors.toSet());
    }

    private Map<String, List<String>> columns(List<String> tables) throws SQLException {
        Map<String, List<String>> columns = new HashMap<>();
        tables.forEach(t -> columns.put(t, new ArrayList<>()));
        try (Statement statement = owner.createStatement();
                ResultSet rows = statement.executeQuery("SELECT S.SCHEMANAME, T.TABLENAME, C.COLUMNNAME FROM SYS.SYSTABLES T " //$NON-NLS-1$
                        + "JOIN SYS.SYSSCHEMAS S ON T.SCHEMAID = S.SCHEMAID JOIN SYS.SYSCOLUMNS C ON C.REFERENCEID = T.TABLEID " //$NON-NLS-1$
                        + "WHERE T.TABLETYPE = 'T' ORDER BY S.SCHEMANAME, T.TABLENAME, C.COLUMNNUMBER")) { //$NON-NLS-1$
            while (rows.next()) {
                List<String> names = columns.get(rows.getString(1) + '.' + rows.getString(2));
                if (names != null) {
                    names.add(rows.getString(3));
                }
            }
        }
        return columns;
    }

    private static String schema(String table) {
        return table.substring(0, table.indexOf('.'));
    }

    private static void ensureSchema(Statement statement, String schema) throws SQLException {
        try (ResultSet rows = statement.getConnection().getMetaData().getSchemas(null, schema)) {
            if (rows.next()) {
                return;
            }
        }
        statement.execute("CREATE SCHEMA " + schema); //$NON-NLS-1$
    }

    /** Drops every view of the scoped schemas, those that others read last. */
    private static void dropAll(Connection owner) throws SQLException {
        List<String> views = new ArrayList<>();
        try (Statement statement = owner.createStatement();
                ResultSet rows = statement.executeQuery("SELECT S.SCHEMANAME, T.TABLENAME FROM SYS.SYSTABLES T " //$NON-NLS-1$
                        + "JOIN SYS.SYSSCHEMAS S ON T.SCHEMAID = S.SCHEMAID WHERE T.TABLETYPE = 'V' AND (S.SCHEMANAME LIKE '" //$NON-NLS-1$
                        + Places.LOCAL_PREFIX + "%' OR S.SCHEMANAME LIKE '" + Places.MASKED_PREFIX + "%')")) { //$NON-NLS-1$ //$NON-NLS-2$
            while (rows.next()) {
                views.add(rows.getString(1) + '.' + rows.getString(2));
            }
        }
        try (Statement statement = owner.createStatement()) {
            // a view another view reads cannot be dropped first: drop what can be, again, until none is left
            for (int round = 0; !views.isEmpty() && round < 64; round++) {
                List<String> left = new ArrayList<>();
                for (String view : views) {
                    try {
                        statement.execute("DROP VIEW " + view); //$NON-NLS-1$
                    } catch (SQLException stillRead) {
                        left.add(view);
                    }
                }
                views = left;
            }
        }
    }
}

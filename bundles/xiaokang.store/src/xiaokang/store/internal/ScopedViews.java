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
 * {@code XKL_<SCHEMA>} with the rows of the user's townships ({@link Places}); for readers, the
 * audit without the values of tables that hold ID or phone numbers, whose columns their
 * connections mask as they read them ({@link MaskedRows}: a view per table with masked columns
 * would do it in the database, but Derby does not push a join's condition into a view on the
 * right of {@code JOIN ... ON}, and a household's members then take minutes).
 */
public final class ScopedViews {

    private static final Pattern VIEW = Pattern.compile(Places.LOCAL_PREFIX + "[A-Z0-9_]+\\.[A-Z0-9_]+"); //$NON-NLS-1$

    private static final String PLACE_ID = "PLACE_ID"; //$NON-NLS-1$

    private final Connection owner;
    private final Mapping mapping;
    private final Places places;
    private final Map<String, ClassTable> classTables = new HashMap<>();
    private final Map<String, ListTable> listTables = new HashMap<>();
    private final Map<String, Optional<Places.Rule>> localRules = new LinkedHashMap<>();
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
                localRules.put(table, localRule(table, columns.get(table)));
            }
        }
        try (Statement statement = owner.createStatement()) {
            for (String table : localRules.keySet()) {
                createLocal(statement, table);
            }
            createReadersAudit(statement, columns.get(SchemaManager.AUDIT));
        }
    }

    private void createLocal(Statement statement, String table) throws SQLException {
        if (!created.add(table)) {
            return;
        }
        Optional<Places.Rule> rule = localRules.get(table);
        if (rule.isPresent()) {
            // the views a rule reads are made first
            Matcher views = VIEW.matcher(rule.get().joins() + rule.get().visible());
            while (views.find()) {
                String dependency = views.group().substring(Places.LOCAL_PREFIX.length());
                if (localRules.containsKey(dependency)) {
                    createLocal(statement, dependency);
                }
            }
        }
        ensureSchema(statement, Places.LOCAL_PREFIX + schema(table));
        statement.execute("CREATE VIEW " + Places.view(table) + " AS SELECT " + Places.ROW + ".* FROM " + table + ' ' + Places.ROW //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + rule.map(r -> r.joins() + " WHERE " + r.visible()).orElse("")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private Optional<Places.Rule> localRule(String table, List<String> columns) {
        ClassTable classTable = classTables.get(table);
        if (classTable != null) {
            return places.rule(classTable);
        }
        ListTable list = listTables.get(table);
        if (list != null) {
            Optional<ClassTable> owner = owner(list);
            return owner.flatMap(places::rule).map(rule -> new Places.Rule(
                    " JOIN " + Places.view(owner.get().qualifiedName()) + " O ON " + Places.ROW + ".OWNER_ID = O.ID", "1 = 1", "1 = 1")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        }
        return derivedRule(columns);
    }

    /** A derived figure's row is seen when the places and records it names are: {@code HOUSEHOLD_ID}, {@code PLACE_ID} ... */
    private Optional<Places.Rule> derivedRule(List<String> columns) {
        StringBuilder joins = new StringBuilder();
        List<String> conditions = new ArrayList<>();
        for (String column : columns) {
            List<ClassTable> named = new ArrayList<>();
            if (column.equals(PLACE_ID)) {
                named.addAll(places.placeTables());
            } else if (column.endsWith("_ID")) { //$NON-NLS-1$
                String name = column.substring(0, column.length() - 3);
                mapping.tables().stream().filter(t -> t.name().equals(name) && places.rule(t).isPresent()).findFirst().ifPresent(named::add);
            }
            if (named.isEmpty()) {
                continue;
            }
            List<String> found = new ArrayList<>();
            for (ClassTable target : named) {
                String alias = "D" + conditions.size() + '_' + found.size(); //$NON-NLS-1$
                joins.append(" LEFT JOIN ").append(Places.view(target.qualifiedName())).append(' ').append(alias).append(" ON ") //$NON-NLS-1$ //$NON-NLS-2$
                        .append(Places.ROW).append('.').append(column).append(" = ").append(alias).append(".ID"); //$NON-NLS-1$ //$NON-NLS-2$
                found.add(alias + ".ID IS NOT NULL"); //$NON-NLS-1$
            }
            // a figure of no place (PLACE_ID null: the city's) is the city's, not the township user's
            String unplaced = column.equals(PLACE_ID) ? "" : Places.ROW + '.' + column + " IS NULL OR "; //$NON-NLS-1$
            conditions.add('(' + unplaced + String.join(" OR ", found) + ')');
        }
        if (conditions.isEmpty()) {
            return Optional.empty();
        }
        String where = String.join(" AND ", conditions); //$NON-NLS-1$
        return Optional.of(new Places.Rule(joins.toString(), where, where));
    }

    private Optional<ClassTable> owner(ListTable list) {
        return classTables.values().stream().filter(t -> t.listTables().contains(list)).findFirst();
    }

    /**
     * The readers' audit: who changed what when, without the values of tables that hold ID or
     * phone numbers (a whole row is one JSON value, which SQL cannot mask in part).
     */
    private void createReadersAudit(Statement statement, List<String> columns) throws SQLException {
        Set<String> holding = personalTables();
        String hidden = holding.isEmpty() ? "1 = 0" //$NON-NLS-1$
                : "TABLE_NAME IN (" + holding.stream().map(t -> '\'' + t + '\'').collect(Collectors.joining(", ")) + ')'; //$NON-NLS-1$ //$NON-NLS-2$
        String select = columns.stream().map(c -> c.endsWith("_VALUE") ? "CASE WHEN " + hidden + " THEN NULL ELSE " + c + " END AS " + c : c) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                .collect(Collectors.joining(", ")); //$NON-NLS-1$
        ensureSchema(statement, Places.MASKED_PREFIX + SchemaManager.META);
        statement.execute("CREATE VIEW " + Places.MASKED_PREFIX + SchemaManager.AUDIT + " AS SELECT " + select + " FROM " + SchemaManager.AUDIT); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
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

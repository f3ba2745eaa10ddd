package xiaokang.store.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Sets a table's foreign keys and secondary indexes aside while a large insert fills it from
 * empty, and builds them again afterwards. Derby then builds each index with one sort and checks
 * each foreign key with one merge, instead of a B-tree insert and a lookup per row, which were
 * half of a county's store time. The DDL belongs to the commit's transaction: a commit that fails
 * or is cut off rolls back to the empty table with all its indexes and keys.
 */
final class DeferredIndexes {

    /** Below this many rows the DDL costs more than the index maintenance it saves. */
    static final int THRESHOLD = 5_000;

    /** The table's indexes that back no key (a key's index goes and comes back with its constraint). */
    private static final String SECONDARY_INDEXES = "SELECT C.CONGLOMERATENAME FROM SYS.SYSCONGLOMERATES C " //$NON-NLS-1$
            + "JOIN SYS.SYSTABLES T ON T.TABLEID = C.TABLEID JOIN SYS.SYSSCHEMAS S ON S.SCHEMAID = T.SCHEMAID " //$NON-NLS-1$
            + "WHERE S.SCHEMANAME = ? AND T.TABLENAME = ? AND C.ISINDEX AND C.ISCONSTRAINT = FALSE"; //$NON-NLS-1$

    private final Connection connection;
    private final List<String> rebuilds;

    private DeferredIndexes(Connection connection, List<String> rebuilds) {
        this.connection = connection;
        this.rebuilds = rebuilds;
    }

    /**
     * Drops the foreign keys and secondary indexes of {@code schema.table} when {@code rows} new
     * rows are about to go into it and it is empty; otherwise changes nothing.
     */
    static DeferredIndexes setAside(Connection connection, String schema, String table, int rows) throws SQLException {
        if (rows < THRESHOLD || !isEmpty(connection, schema + '.' + table)) {
            return new DeferredIndexes(connection, List.of());
        }
        List<String> drops = new ArrayList<>();
        List<String> rebuilds = new ArrayList<>();
        DatabaseMetaData meta = connection.getMetaData();
        String qualified = quoted(schema) + '.' + quoted(table);
        for (Map.Entry<String, String> index : indexes(connection, meta, schema, table).entrySet()) {
            drops.add("DROP INDEX " + quoted(schema) + '.' + quoted(index.getKey())); //$NON-NLS-1$
            rebuilds.add(index.getValue().replace("{0}", quoted(schema) + '.' + quoted(index.getKey())).replace("{1}", qualified)); //$NON-NLS-1$ //$NON-NLS-2$
        }
        for (Map.Entry<String, String> key : foreignKeys(meta, schema, table).entrySet()) {
            drops.add("ALTER TABLE " + qualified + " DROP CONSTRAINT " + quoted(key.getKey())); //$NON-NLS-1$ //$NON-NLS-2$
            rebuilds.add("ALTER TABLE " + qualified + " ADD CONSTRAINT " + quoted(key.getKey()) + ' ' + key.getValue()); //$NON-NLS-1$ //$NON-NLS-2$
        }
        try (Statement statement = connection.createStatement()) {
            for (String drop : drops) {
                statement.execute(drop);
            }
        }
        return new DeferredIndexes(connection, rebuilds);
    }

    /** Builds what was set aside; a foreign key that the new rows break fails the commit here. */
    void rebuild() throws SQLException {
        if (rebuilds.isEmpty()) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            for (String rebuild : rebuilds) {
                statement.execute(rebuild);
            }
        }
    }

    private static boolean isEmpty(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT 1 FROM " + table + " FETCH FIRST ROW ONLY")) { //$NON-NLS-1$ //$NON-NLS-2$
            return !rows.next();
        }
    }

    /** Index name -> its CREATE statement with {0} for the index and {1} for the table. */
    private static Map<String, String> indexes(Connection connection, DatabaseMetaData meta, String schema, String table)
            throws SQLException {
        Set<String> secondary = new HashSet<>();
        try (PreparedStatement query = connection.prepareStatement(SECONDARY_INDEXES)) {
            query.setString(1, schema);
            query.setString(2, table);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    secondary.add(rows.getString(1));
                }
            }
        }
        Map<String, StringJoiner> columns = new LinkedHashMap<>();
        Map<String, Boolean> unique = new LinkedHashMap<>();
        try (ResultSet rows = meta.getIndexInfo(null, schema, table, false, false)) {
            while (rows.next()) {
                String name = rows.getString("INDEX_NAME"); //$NON-NLS-1$
                if (secondary.contains(name)) {
                    unique.put(name, !rows.getBoolean("NON_UNIQUE")); //$NON-NLS-1$
                    String order = "D".equals(rows.getString("ASC_OR_DESC")) ? " DESC" : ""; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    columns.computeIfAbsent(name, n -> new StringJoiner(", ")).add(quoted(rows.getString("COLUMN_NAME")) + order); //$NON-NLS-1$ //$NON-NLS-2$
                }
            }
        }
        Map<String, String> statements = new LinkedHashMap<>();
        columns.forEach((name, list) -> statements.put(name,
                "CREATE " + (unique.get(name) ? "UNIQUE " : "") + "INDEX {0} ON {1} (" + list + ')')); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        return statements;
    }

    /** Constraint name -> its definition after the name (FOREIGN KEY ... REFERENCES ... ON DELETE ...). */
    private static Map<String, String> foreignKeys(DatabaseMetaData meta, String schema, String table) throws SQLException {
        Map<String, StringJoiner> own = new LinkedHashMap<>();
        Map<String, StringJoiner> referenced = new LinkedHashMap<>();
        Map<String, String> target = new LinkedHashMap<>();
        Map<String, Integer> deleteRule = new LinkedHashMap<>();
        try (ResultSet rows = meta.getImportedKeys(null, schema, table)) {
            while (rows.next()) {
                String name = rows.getString("FK_NAME"); //$NON-NLS-1$
                own.computeIfAbsent(name, n -> new StringJoiner(", ")).add(quoted(rows.getString("FKCOLUMN_NAME"))); //$NON-NLS-1$ //$NON-NLS-2$
                referenced.computeIfAbsent(name, n -> new StringJoiner(", ")).add(quoted(rows.getString("PKCOLUMN_NAME"))); //$NON-NLS-1$ //$NON-NLS-2$
                target.put(name, quoted(rows.getString("PKTABLE_SCHEM")) + '.' + quoted(rows.getString("PKTABLE_NAME"))); //$NON-NLS-1$ //$NON-NLS-2$
                deleteRule.put(name, rows.getInt("DELETE_RULE")); //$NON-NLS-1$
            }
        }
        Map<String, String> definitions = new LinkedHashMap<>();
        own.forEach((name, columns) -> definitions.put(name, "FOREIGN KEY (" + columns + ") REFERENCES " + target.get(name) //$NON-NLS-1$ //$NON-NLS-2$
                + " (" + referenced.get(name) + ") ON DELETE " + onDelete(deleteRule.get(name)))); //$NON-NLS-1$ //$NON-NLS-2$
        return definitions;
    }

    private static String onDelete(int rule) {
        return switch (rule) {
            case DatabaseMetaData.importedKeyCascade -> "CASCADE"; //$NON-NLS-1$
            case DatabaseMetaData.importedKeySetNull -> "SET NULL"; //$NON-NLS-1$
            case DatabaseMetaData.importedKeyRestrict -> "RESTRICT"; //$NON-NLS-1$
            default -> "NO ACTION"; //$NON-NLS-1$
        };
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"'; //$NON-NLS-1$ //$NON-NLS-2$
    }
}

package xiaokang.demo.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The baseline of the benchmark: the same rows, read from one database and written into another
 * with the same tables by plain JDBC batches, in one transaction, parents before children.
 */
final class RawCopy {

    /** A table's rows, of the columns one may write (not those Derby computes). */
    private record Table(String name, List<String> columnNames, List<Object[]> rows) {
        int columns() {
            return columnNames.size();
        }
    }

    private final List<Table> tables = new ArrayList<>();

    /** Reads every row of the schemas' tables, schema by schema, each table after those its foreign keys point to. */
    RawCopy(Connection source, List<String> schemas) throws SQLException {
        for (String schema : schemas) {
            read(source, schema, tablesParentsFirst(source, schema));
        }
    }

    private void read(Connection source, String schema, List<String> tableOrder) throws SQLException {
        for (String table : tableOrder) {
            List<String> names = writableColumns(source, schema, table);
            try (Statement statement = source.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT " + String.join(", ", names) + " FROM " + schema + '.' + table)) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                int columns = names.size();
                List<Object[]> values = new ArrayList<>();
                while (rows.next()) {
                    Object[] row = new Object[columns];
                    for (int i = 0; i < columns; i++) {
                        row[i] = rows.getObject(i + 1);
                    }
                    values.add(row);
                }
                tables.add(new Table(schema + '.' + table, names, values));
            }
        }
    }

    private static List<String> writableColumns(Connection connection, String schema, String table) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rows = connection.getMetaData().getColumns(null, schema, table, null)) {
            while (rows.next()) {
                if (!"YES".equals(rows.getString("IS_GENERATEDCOLUMN"))) { //$NON-NLS-1$ //$NON-NLS-2$
                    names.add(rows.getString("COLUMN_NAME")); //$NON-NLS-1$
                }
            }
        }
        return names;
    }

    /** The schema's tables, each after the tables its foreign keys point to. */
    private static List<String> tablesParentsFirst(Connection connection, String schema) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        Map<String, List<String>> parents = new LinkedHashMap<>();
        try (ResultSet rows = meta.getTables(null, schema, null, new String[] { "TABLE" })) { //$NON-NLS-1$
            while (rows.next()) {
                parents.put(rows.getString("TABLE_NAME"), new ArrayList<>()); //$NON-NLS-1$
            }
        }
        for (Map.Entry<String, List<String>> table : parents.entrySet()) {
            try (ResultSet keys = meta.getImportedKeys(null, schema, table.getKey())) {
                while (keys.next()) {
                    table.getValue().add(keys.getString("PKTABLE_NAME")); //$NON-NLS-1$
                }
            }
        }
        Set<String> ordered = new LinkedHashSet<>();
        while (ordered.size() < parents.size()) {
            for (Map.Entry<String, List<String>> table : parents.entrySet()) {
                if (!ordered.contains(table.getKey())
                        && table.getValue().stream().allMatch(p -> p.equals(table.getKey()) || ordered.contains(p))) {
                    ordered.add(table.getKey());
                }
            }
        }
        return new ArrayList<>(ordered);
    }

    long rowCount() {
        return tables.stream().mapToLong(t -> t.rows().size()).sum();
    }

    /** Inserts everything into {@code target}; foreign keys are checked as the rows go in. */
    void writeTo(Connection target) throws SQLException {
        for (Table table : tables) {
            String marks = "?" + ", ?".repeat(table.columns() - 1); //$NON-NLS-1$ //$NON-NLS-2$
            try (PreparedStatement insert = target.prepareStatement("INSERT INTO " + table.name() + " (" //$NON-NLS-1$ //$NON-NLS-2$
                    + String.join(", ", table.columnNames()) + ") VALUES (" + marks + ')')) { //$NON-NLS-1$ //$NON-NLS-2$
                int[] types = new int[table.columns()];
                for (int i = 0; i < types.length; i++) {
                    types[i] = insert.getParameterMetaData().getParameterType(i + 1);
                }
                for (Object[] row : table.rows()) {
                    for (int i = 0; i < row.length; i++) {
                        if (row[i] == null) {
                            insert.setNull(i + 1, types[i]);
                        } else {
                            insert.setObject(i + 1, row[i]);
                        }
                    }
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
        target.commit();
    }
}

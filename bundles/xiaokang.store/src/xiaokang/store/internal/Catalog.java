package xiaokang.store.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What a database holds already (schemas, tables with their columns, index, constraint and trigger names),
 * read from Derby's system tables with five queries. The JDBC metadata calls, one per table and
 * kind, took a second of every start with every plug-in's tables.
 */
final class Catalog {

    private static final String FROM_TABLES = " FROM SYS.SYSTABLES T JOIN SYS.SYSSCHEMAS S ON S.SCHEMAID = T.SCHEMAID"; //$NON-NLS-1$

    private final Set<String> schemas = new HashSet<>();
    private final Map<String, Set<String>> columns = new HashMap<>();
    private final Set<String> indexes = new HashSet<>();
    private final Set<String> constraints = new HashSet<>();
    private final Set<String> triggers = new HashSet<>();

    private Catalog() {
    }

    static Catalog read(Connection connection) throws SQLException {
        Catalog catalog = new Catalog();
        try (Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery("SELECT SCHEMANAME FROM SYS.SYSSCHEMAS")) { //$NON-NLS-1$
                while (rows.next()) {
                    catalog.schemas.add(rows.getString(1));
                }
            }
            try (ResultSet rows = statement.executeQuery("SELECT S.SCHEMANAME, T.TABLENAME, C.COLUMNNAME" + FROM_TABLES //$NON-NLS-1$
                    + " LEFT JOIN SYS.SYSCOLUMNS C ON C.REFERENCEID = T.TABLEID WHERE T.TABLETYPE = 'T'")) { //$NON-NLS-1$
                while (rows.next()) {
                    Set<String> names = catalog.columns.computeIfAbsent(key(rows.getString(1), rows.getString(2)), k -> new HashSet<>());
                    if (rows.getString(3) != null) {
                        names.add(rows.getString(3));
                    }
                }
            }
            try (ResultSet rows = statement.executeQuery("SELECT S.SCHEMANAME, G.CONGLOMERATENAME" + FROM_TABLES //$NON-NLS-1$
                    + " JOIN SYS.SYSCONGLOMERATES G ON G.TABLEID = T.TABLEID WHERE G.ISINDEX")) { //$NON-NLS-1$
                while (rows.next()) {
                    catalog.indexes.add(key(rows.getString(1), rows.getString(2)));
                }
            }
            try (ResultSet rows = statement.executeQuery("SELECT S.SCHEMANAME, K.CONSTRAINTNAME FROM SYS.SYSCONSTRAINTS K " //$NON-NLS-1$
                    + "JOIN SYS.SYSSCHEMAS S ON S.SCHEMAID = K.SCHEMAID")) { //$NON-NLS-1$
                while (rows.next()) {
                    catalog.constraints.add(key(rows.getString(1), rows.getString(2)));
                }
            }
            try (ResultSet rows = statement.executeQuery("SELECT S.SCHEMANAME, R.TRIGGERNAME FROM SYS.SYSTRIGGERS R " //$NON-NLS-1$
                    + "JOIN SYS.SYSSCHEMAS S ON S.SCHEMAID = R.SCHEMAID")) { //$NON-NLS-1$
                while (rows.next()) {
                    catalog.triggers.add(key(rows.getString(1), rows.getString(2)));
                }
            }
        }
        return catalog;
    }

    boolean hasSchema(String schema) {
        return schemas.contains(schema);
    }

    void addSchema(String schema) {
        schemas.add(schema);
    }

    boolean hasTable(String schema, String table) {
        return columns.containsKey(key(schema, table));
    }

    Set<String> columns(String schema, String table) {
        return columns.getOrDefault(key(schema, table), Set.of());
    }

    boolean hasIndex(String schema, String index) {
        return indexes.contains(key(schema, index));
    }

    boolean hasConstraint(String schema, String constraint) {
        return constraints.contains(key(schema, constraint));
    }

    boolean hasTrigger(String schema, String trigger) {
        return triggers.contains(key(schema, trigger));
    }

    private static String key(String schema, String name) {
        return schema + '.' + name;
    }
}

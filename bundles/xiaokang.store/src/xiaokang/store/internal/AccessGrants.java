package xiaokang.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What each database role may do with each table, granted by the database owner: editors change
 * the records and add to the audit; readers and auditors read; everyone may refresh the derived
 * figures (tables no model maps, kept by version); no one but the owner may change the audit's
 * rows, the users or any table's shape.
 */
public final class AccessGrants {

    public static final String EDITOR = "XK_EDITOR"; //$NON-NLS-1$
    public static final String READER = "XK_READER"; //$NON-NLS-1$
    public static final String AUDITOR = "XK_AUDITOR"; //$NON-NLS-1$
    private static final List<String> ROLES = List.of(EDITOR, READER, AUDITOR);
    private static final String ALL = "SELECT, INSERT, UPDATE, DELETE"; //$NON-NLS-1$
    private static final String READ = "SELECT"; //$NON-NLS-1$

    private AccessGrants() {
    }

    /** Creates the database roles that do not exist yet. */
    public static void ensureRoles(Connection owner) throws SQLException {
        Set<String> existing = new HashSet<>();
        try (Statement statement = owner.createStatement();
                ResultSet rows = statement.executeQuery("SELECT ROLEID FROM SYS.SYSROLES WHERE ISDEF = 'Y'")) { //$NON-NLS-1$
            while (rows.next()) {
                existing.add(rows.getString(1));
            }
        }
        try (Statement statement = owner.createStatement()) {
            for (String role : ROLES) {
                if (!existing.contains(role)) {
                    statement.execute("CREATE ROLE " + role); //$NON-NLS-1$
                }
            }
        }
    }

    /** Grants every role its privileges on every table there is now; granting twice does no harm. */
    public static void grant(Connection owner, Mapping mapping) throws SQLException {
        ensureRoles(owner);
        Set<String> records = new HashSet<>();
        for (ClassTable table : mapping.tables()) {
            records.add(table.qualifiedName());
            table.listTables().forEach(list -> records.add(list.qualifiedName()));
        }
        try (Statement statement = owner.createStatement()) {
            for (String table : tables(owner)) {
                if (table.equals(SchemaManager.AUDIT)) {
                    grant(statement, "SELECT, INSERT", table, EDITOR); //$NON-NLS-1$
                    grant(statement, READ, table, READER, AUDITOR);
                } else if (table.startsWith(SchemaManager.META + '.')) {
                    grant(statement, READ, table, EDITOR, READER, AUDITOR);
                } else if (records.contains(table)) {
                    grant(statement, ALL, table, EDITOR);
                    grant(statement, READ, table, READER, AUDITOR);
                } else {
                    grant(statement, ALL, table, EDITOR, READER, AUDITOR);
                }
            }
            statement.execute("GRANT USAGE ON SEQUENCE " + SchemaManager.IDS + " TO " + EDITOR); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    private static void grant(Statement statement, String privileges, String table, String... roles) throws SQLException {
        statement.execute("GRANT " + privileges + " ON " + table + " TO " + String.join(", ", roles)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    private static List<String> tables(Connection owner) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement query = owner.prepareStatement("SELECT S.SCHEMANAME, T.TABLENAME FROM SYS.SYSTABLES T " //$NON-NLS-1$
                + "JOIN SYS.SYSSCHEMAS S ON T.SCHEMAID = S.SCHEMAID WHERE T.TABLETYPE = 'T' AND S.SCHEMANAME NOT LIKE 'SYS%'"); //$NON-NLS-1$
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                tables.add(rows.getString(1) + '.' + rows.getString(2));
            }
        }
        return tables;
    }
}

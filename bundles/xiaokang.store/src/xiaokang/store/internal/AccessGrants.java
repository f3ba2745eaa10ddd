package xiaokang.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What each database role may do with each table, granted by the database owner: city editors
 * change the records and add to the audit; township editors read their townships' rows through
 * views ({@link ScopedViews}) and change those rows (the store checks which, the database lets
 * them name rows by their ids only); readers read the records (their connections mask the
 * personal numbers) and the audit without the values of records that hold them; auditors read
 * everything; everyone may refresh the derived figures (tables no model maps, kept by version); no
 * one but the owner may change the audit's rows, the users or any table's shape.
 */
public final class AccessGrants {

    public static final String EDITOR = "XK_EDITOR"; //$NON-NLS-1$
    public static final String LOCAL = "XK_LOCAL"; //$NON-NLS-1$
    public static final String READER = "XK_READER"; //$NON-NLS-1$
    public static final String AUDITOR = "XK_AUDITOR"; //$NON-NLS-1$
    private static final List<String> ROLES = List.of(EDITOR, LOCAL, READER, AUDITOR);
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

    /**
     * Grants every role its privileges on every table there is now and makes the views again;
     * granting twice does no harm.
     */
    public static void grant(Connection owner, Mapping mapping) throws SQLException {
        ensureRoles(owner);
        UserTownships.refresh(owner);
        PersonalColumns.write(owner, mapping);
        Map<String, List<String>> records = new HashMap<>();
        for (ClassTable table : mapping.tables()) {
            // the townships' names are no secret: a township user may name another to be refused it
            records.put(table.qualifiedName(), Places.isAnchor(table) ? List.of() : linkColumns(table));
            table.listTables().forEach(list -> records.put(list.qualifiedName(), List.of("OWNER_ID", "POS", list.valueColumn()))); //$NON-NLS-1$ //$NON-NLS-2$
        }
        List<String> tables = tables(owner);
        ScopedViews.make(owner, mapping, tables);
        try (Statement statement = owner.createStatement()) {
            for (String table : tables) {
                if (table.equals(SchemaManager.AUDIT)) {
                    grant(statement, "SELECT, INSERT", table, EDITOR, LOCAL); //$NON-NLS-1$
                    grant(statement, READ, table, AUDITOR);
                    revoke(statement, READ, table, READER);
                    grant(statement, READ, Places.MASKED_PREFIX + table, READER);
                } else if (table.equals(Logins.TABLE)) {
                    // the password hashes: the administrator and the login check alone
                    revoke(statement, READ, table, EDITOR);
                    revoke(statement, READ, table, LOCAL);
                    revoke(statement, READ, table, READER);
                    revoke(statement, READ, table, AUDITOR);
                } else if (table.startsWith(SchemaManager.META + '.')) {
                    grant(statement, READ, table, EDITOR, LOCAL, READER, AUDITOR);
                } else if (records.containsKey(table)) {
                    grant(statement, ALL, table, EDITOR);
                    grant(statement, READ, table, AUDITOR, READER);
                    // township users name rows by their ids and links to change them; what the rows hold they read through their views
                    List<String> readable = records.get(table);
                    grant(statement, "INSERT, UPDATE, DELETE, SELECT" + (readable.isEmpty() ? "" : " (" + String.join(", ", readable) + ')'), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                            table, LOCAL);
                    grant(statement, READ, Places.view(table), LOCAL);
                } else {
                    // township users read the figures of their places through their views and never compute them
                    grant(statement, ALL, table, EDITOR, READER, AUDITOR);
                    revoke(statement, ALL, table, LOCAL);
                    grant(statement, READ, Places.view(table), LOCAL);
                }
            }
            if (tables.contains(Logins.TABLE)) {
                Logins.grant(statement);
            }
            statement.execute("GRANT USAGE ON SEQUENCE " + SchemaManager.IDS + " TO " + EDITOR + ", " + LOCAL); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
    }

    /** Gives {@code user} the database role {@code role} and takes away any other of ours. */
    public static void grantRole(Connection owner, String user, String role) throws SQLException {
        ensureRoles(owner);
        try (Statement statement = owner.createStatement()) {
            for (String other : ROLES) {
                if (!other.equals(role)) {
                    statement.execute("REVOKE " + other + " FROM " + user); //$NON-NLS-1$ //$NON-NLS-2$
                }
            }
            statement.execute("GRANT " + role + " TO " + user); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    /** The columns that name a row and its links: ids, version, position, references and container. */
    private static List<String> linkColumns(ClassTable table) {
        List<String> columns = new ArrayList<>(List.of("ID", "VERSION", "POS")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        table.columns().stream().filter(c -> c.kind() != Column.Kind.ATTRIBUTE).forEach(c -> columns.add(c.name()));
        return columns;
    }

    private static void grant(Statement statement, String privileges, String table, String... roles) throws SQLException {
        statement.execute("GRANT " + privileges + " ON " + table + " TO " + String.join(", ", roles)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    /** Takes back what an earlier version granted (readers read the audit's values before); Derby lets one revoke what was never granted. */
    private static void revoke(Statement statement, String privileges, String table, String role) throws SQLException {
        statement.execute("REVOKE " + privileges + " ON " + table + " FROM " + role); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private static List<String> tables(Connection owner) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement query = owner.prepareStatement("SELECT S.SCHEMANAME, T.TABLENAME FROM SYS.SYSTABLES T " //$NON-NLS-1$
                + "JOIN SYS.SYSSCHEMAS S ON T.SCHEMAID = S.SCHEMAID WHERE T.TABLETYPE = 'T' AND S.SCHEMANAME NOT LIKE 'SYS%'")) { //$NON-NLS-1$
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    tables.add(rows.getString(1) + '.' + rows.getString(2));
                }
            }
        }
        return tables;
    }
}

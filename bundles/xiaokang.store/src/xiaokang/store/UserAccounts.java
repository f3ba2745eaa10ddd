package xiaokang.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;

import xiaokang.store.internal.AccessGrants;
import xiaokang.store.internal.Logins;
import xiaokang.store.internal.Messages;
import xiaokang.store.internal.SchemaManager;
import xiaokang.store.internal.ScopedSql;
import xiaokang.store.internal.ScopedSql.Scope;
import xiaokang.store.internal.UserTownships;

/**
 * The people who log in to a shared database: their password hashes in {@code XK.LOGINS}, checked
 * by Derby through {@link Logins} at every connection, and, beside them, each user's role and townships in
 * {@code XK.USERS}. What a role may do in SQL is a Derby role granted to the user ({@link Role});
 * the administrator is the database owner and the only one who may change tables, users or the
 * audit. Every method but {@link #list} must be called on the administrator's connection.
 */
public final class UserAccounts {

    /** What a user does in the office, and the database role that lets them. */
    public enum Role {
        /** 系统管理员: users, backups, plug-ins; the database owner. */
        ADMIN(null),
        /** 市级业务员: reads and edits the whole city. */
        CITY(AccessGrants.EDITOR),
        /** 乡镇业务员: reads and edits the townships given to them. */
        TOWNSHIP(AccessGrants.LOCAL),
        /** 帮扶干部: reads and edits the households paired with them, in the townships given to them. */
        CADRE(AccessGrants.LOCAL),
        /** 查阅: reads, edits nothing. */
        READER(AccessGrants.READER),
        /** 审计: reads everything including the audit, edits nothing. */
        AUDITOR(AccessGrants.AUDITOR);

        private final String databaseRole;

        Role(String databaseRole) {
            this.databaseRole = databaseRole;
        }

        /** The word used on the command line and in {@code XK.USERS}: admin, city, township ... */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The role's name in the user's language (系统管理员 ...). */
        public String label() {
            return switch (this) {
                case ADMIN -> Messages.Role_admin;
                case CITY -> Messages.Role_city;
                case TOWNSHIP -> Messages.Role_township;
                case CADRE -> Messages.Role_cadre;
                case READER -> Messages.Role_reader;
                case AUDITOR -> Messages.Role_auditor;
            };
        }

        /** The role named {@code id} on the command line, or a message listing the roles. */
        public static Role of(String id) throws StoreException {
            for (Role role : values()) {
                if (role.id().equals(id)) {
                    return role;
                }
            }
            throw new StoreException(NLS.bind(Messages.Users_unknownRole, id,
                    String.join("|", Arrays.stream(values()).map(Role::id).toList()))); //$NON-NLS-1$
        }
    }

    /**
     * A user as the administrator sees them.
     *
     * @param cadre the cadre record a cadre login is (its name), else null
     * @param lockedUntil when a lock after wrong passwords ends, null when there is none (or the
     *            reader is not the administrator, who alone reads the logins)
     */
    public record Account(String name, Role role, List<String> townships, String cadre, boolean disabled, Timestamp createdAt,
            String createdBy, Timestamp lockedUntil) {
    }

    static final String TABLE = SchemaManager.META + ".USERS"; //$NON-NLS-1$
    private static final String SELECT = "SELECT U.NAME, U.ROLE, U.TOWNSHIPS, C.NAME, U.DISABLED, U.CREATED_AT, U.CREATED_BY FROM " + TABLE //$NON-NLS-1$
            + " U LEFT JOIN CORE.CADRE C ON C.ID = U.CADRE_ID"; //$NON-NLS-1$
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,29}"); //$NON-NLS-1$
    private static final String SEPARATOR = "\n"; //$NON-NLS-1$

    private UserAccounts() {
    }

    /** A user name as it is kept: trimmed, lower case (Derby folds it to upper case itself). */
    public static String normalize(String name) {
        return name == null ? null : name.trim().toLowerCase(Locale.ROOT);
    }

    /**
     * Makes {@code admin}, the owner of a database connected to without a password yet, its first
     * user and turns on SQL authorization; {@link Store#grantAccess()} on the next boot grants the
     * privileges and asks for logins from the boot after.
     *
     * @throws StoreException when the database has users already, or when {@code admin} is not its owner
     */
    public static void enable(Connection owner, String admin, String password) throws StoreException {
        String name = checkName(admin);
        inTransaction(owner, () -> {
            if (nativeLogins(owner)) {
                throw new StoreException(Messages.Users_nativeLogins);
            }
            String dbo = databaseOwner(owner);
            if (!dbo.equalsIgnoreCase(name)) {
                throw new StoreException(NLS.bind(Messages.Users_notOwner, name, dbo.toLowerCase(Locale.ROOT)));
            }
            createTable(owner);
            Logins.createTable(owner);
            createUser(owner, name, password);
            insert(owner, name, Role.ADMIN, List.of(), null, name);
            try (Statement statement = owner.createStatement()) {
                statement.execute("CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('derby.database.sqlAuthorization', 'true')"); //$NON-NLS-1$
            }
        });
    }

    /**
     * Whether the database behind {@code connection} is shared with logins (it has been through
     * {@code server init}); any user may ask.
     */
    public static boolean enabled(Connection connection) throws SQLException {
        try (ResultSet tables = connection.getMetaData().getTables(null, SchemaManager.META, "USERS", null)) { //$NON-NLS-1$
            return tables.next();
        }
    }

    /** Whether Derby checks the logins itself (NATIVE, an earlier version's choice, which Derby lets no one undo); only the owner may ask. */
    private static boolean nativeLogins(Connection owner) throws SQLException {
        try (Statement statement = owner.createStatement();
                ResultSet rows = statement.executeQuery(
                        "VALUES SYSCS_UTIL.SYSCS_GET_DATABASE_PROPERTY('derby.authentication.provider')")) { //$NON-NLS-1$
            rows.next();
            String provider = rows.getString(1);
            return provider != null && provider.startsWith("NATIVE"); //$NON-NLS-1$
        }
    }

    /** The user who created the database, its owner: the only one who may change its tables. */
    public static String databaseOwner(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT AUTHORIZATIONID FROM SYS.SYSSCHEMAS WHERE SCHEMANAME = 'SYS'")) { //$NON-NLS-1$
            rows.next();
            return rows.getString(1);
        }
    }

    /**
     * Adds a user with a role (a township user with the names of their townships) and their first
     * password, recorded as added by {@code by}.
     */
    public static void add(Connection admin, String name, Role role, List<String> townships, String password, String by)
            throws StoreException {
        add(admin, name, role, townships, null, password, by);
    }

    /**
     * Adds a user; a cadre also names the cadre record they are ({@code cadre}: its name or id), and
     * sees and changes the households paired with it.
     */
    public static void add(Connection admin, String name, Role role, List<String> townships, String cadre, String password, String by)
            throws StoreException {
        String user = checkName(name);
        if (role == Role.ADMIN) {
            throw new StoreException(Messages.Users_oneAdmin);
        }
        if ((role == Role.TOWNSHIP || role == Role.CADRE) && townships.isEmpty()) {
            throw new StoreException(NLS.bind(Messages.Users_noTownship, role.label(), user));
        }
        boolean namesCadre = cadre != null && !cadre.isBlank();
        if ((role == Role.CADRE) != namesCadre) {
            throw new StoreException(NLS.bind(role == Role.CADRE ? Messages.Users_noCadre : Messages.Users_cadreOnly, user));
        }
        inTransaction(admin, () -> {
            if (find(admin, user) != null) {
                throw new StoreException(NLS.bind(Messages.Users_exists, user));
            }
            for (String township : townships) {
                checkTownship(admin, township);
            }
            Long cadreId = namesCadre ? cadreId(admin, cadre.trim()) : null;
            createUser(admin, user, password);
            insert(admin, user, role, townships, cadreId, by);
            AccessGrants.grantRole(admin, user, role.databaseRole);
            UserTownships.refresh(admin);
        });
    }

    /** Every user, by name. Any logged-in user may read the list. */
    public static List<Account> list(Connection connection) throws SQLException {
        List<Account> accounts = new ArrayList<>();
        Map<String, Timestamp> locks = Logins.locks(connection);
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(SELECT + " ORDER BY U.NAME")) { //$NON-NLS-1$
            while (rows.next()) {
                Account account = account(rows);
                accounts.add(new Account(account.name(), account.role(), account.townships(), account.cadre(), account.disabled(),
                        account.createdAt(), account.createdBy(), locks.get(account.name())));
            }
        }
        return accounts;
    }

    /** The user named {@code name}, or null. */
    public static Account find(Connection connection, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                SELECT + " WHERE U.NAME = ?")) { //$NON-NLS-1$
            query.setString(1, normalize(name));
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? account(rows) : null;
            }
        }
    }

    /** The townships a township user may be given, by their code. */
    public static List<String> townshipNames(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT NAME FROM CORE.TOWNSHIP ORDER BY CODE, NAME")) { //$NON-NLS-1$
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }

    /** Stops a user from logging in; their account and password are kept. */
    public static void disable(Connection admin, String name) throws StoreException {
        inTransaction(admin, () -> {
            Account account = existing(admin, name);
            if (account.role() == Role.ADMIN) {
                throw new StoreException(Messages.Users_adminStays);
            }
            setDisabled(admin, account.name(), true);
        });
    }

    /** Gives a user a new password; a disabled user may log in again with it, a locked one at once. */
    public static void reset(Connection admin, String name, String password) throws StoreException {
        inTransaction(admin, () -> {
            Account account = existing(admin, name);
            createUser(admin, account.name(), password);
            setDisabled(admin, account.name(), false);
        });
    }

    /**
     * Makes this JVM's Derby engine ask for a login checked as a shared database's are, for every
     * database and for the engine itself (a network server's shutdown); users of
     * {@code credentialsDatabase} log in to databases without logins of their own and to the engine.
     * Call it before the engine boots.
     */
    public static void serveLogins(String credentialsDatabase) {
        Logins.requireForEngine(credentialsDatabase);
    }

    /**
     * Makes the database role granted to the connected user current (Derby grants a role's
     * privileges only to a session that has set it) and finds the views the role reads through.
     *
     * @param known what an earlier connection of the same login found, or null to look it up
     */
    static Scope takeRole(Connection connection, Scope known) throws SQLException {
        String role = known != null ? known.role() : null;
        if (role == null) {
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT ROLEID FROM SYS.SYSROLES WHERE GRANTEE = CURRENT_USER AND ISDEF = 'N'")) { //$NON-NLS-1$
                role = rows.next() ? rows.getString(1) : ""; //$NON-NLS-1$
            }
        }
        if (!role.isEmpty()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET ROLE " + role); //$NON-NLS-1$
            }
        }
        // what the role reads through is found with the role's privileges
        return known != null ? known : ScopedSql.scopeOf(connection, role);
    }

    private static Account existing(Connection admin, String name) throws SQLException, StoreException {
        Account account = find(admin, name);
        if (account == null) {
            throw new StoreException(NLS.bind(Messages.Users_unknown, normalize(name)));
        }
        return account;
    }

    private static String checkName(String name) throws StoreException {
        String user = normalize(name);
        if (user == null || !NAME.matcher(user).matches()) {
            throw new StoreException(NLS.bind(Messages.Users_badName, name));
        }
        return user;
    }

    private static void checkTownship(Connection admin, String township) throws SQLException, StoreException {
        try (PreparedStatement query = admin.prepareStatement("SELECT COUNT(*) FROM CORE.TOWNSHIP WHERE NAME = ?")) { //$NON-NLS-1$
            query.setString(1, township);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                if (rows.getInt(1) == 0) {
                    throw new StoreException(NLS.bind(Messages.Users_unknownTownship, township));
                }
            }
        }
    }

    /** The cadre record named by its id or by a name no other cadre has. */
    private static long cadreId(Connection admin, String cadre) throws SQLException, StoreException {
        boolean byId = cadre.matches("\\d{1,18}"); //$NON-NLS-1$
        List<String> found = new ArrayList<>();
        long id = 0;
        try (PreparedStatement query = admin.prepareStatement("SELECT C.ID, W.NAME FROM CORE.CADRE C LEFT JOIN CORE.WORK_UNIT W ON W.ID = C.UNIT_ID WHERE " //$NON-NLS-1$
                + (byId ? "C.ID = ?" : "C.NAME = ?") + " ORDER BY C.ID")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            if (byId) {
                query.setLong(1, Long.parseLong(cadre));
            } else {
                query.setString(1, cadre);
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    id = rows.getLong(1);
                    found.add(id + "（" + rows.getString(2) + "）"); //$NON-NLS-1$ //$NON-NLS-2$
                }
            }
        }
        if (found.isEmpty()) {
            throw new StoreException(NLS.bind(Messages.Users_unknownCadre, cadre));
        }
        if (found.size() > 1) {
            throw new StoreException(NLS.bind(Messages.Users_ambiguousCadre, cadre, String.join("、", found))); //$NON-NLS-1$
        }
        return id;
    }

    private static void createTable(Connection owner) throws SQLException {
        try (ResultSet tables = owner.getMetaData().getTables(null, SchemaManager.META, "USERS", null)) { //$NON-NLS-1$
            if (tables.next()) {
                return;
            }
        }
        try (Statement statement = owner.createStatement()) {
            statement.execute("CREATE TABLE " + TABLE + " (NAME VARCHAR(30) PRIMARY KEY, ROLE VARCHAR(16) NOT NULL, " //$NON-NLS-1$ //$NON-NLS-2$
                    + "TOWNSHIPS VARCHAR(4000), CADRE_ID BIGINT, DISABLED BOOLEAN NOT NULL, CREATED_AT TIMESTAMP NOT NULL, CREATED_BY VARCHAR(128))"); //$NON-NLS-1$
        }
    }

    private static void createUser(Connection admin, String name, String password) throws SQLException, StoreException {
        if (password == null || password.length() < 8) {
            throw new StoreException(NLS.bind(Messages.Users_shortPassword, name));
        }
        Logins.setPassword(admin, name, password);
    }

    private static void insert(Connection admin, String name, Role role, List<String> townships, Long cadreId, String by)
            throws SQLException {
        try (PreparedStatement insert = admin.prepareStatement("INSERT INTO " + TABLE //$NON-NLS-1$
                + " (NAME, ROLE, TOWNSHIPS, CADRE_ID, DISABLED, CREATED_AT, CREATED_BY) VALUES (?, ?, ?, ?, FALSE, ?, ?)")) { //$NON-NLS-1$
            insert.setString(1, name);
            insert.setString(2, role.id());
            insert.setString(3, townships.isEmpty() ? null : String.join(SEPARATOR, townships));
            insert.setObject(4, cadreId, Types.BIGINT);
            insert.setTimestamp(5, Timestamp.valueOf(LocalDateTime.now()));
            insert.setString(6, by);
            insert.executeUpdate();
        }
    }

    /** Gives every user the database role of their role again: a database adopted before township users had views of their own. */
    static void regrant(Connection owner) throws SQLException {
        if (!enabled(owner)) {
            return;
        }
        if (nativeLogins(owner)) {
            throw new SQLException(Messages.Users_nativeLogins);
        }
        Logins.require(owner);
        for (Account account : list(owner)) {
            if (account.role() != Role.ADMIN) {
                AccessGrants.grantRole(owner, account.name(), account.role().databaseRole);
            }
        }
    }

    private static void setDisabled(Connection admin, String name, boolean disabled) throws SQLException {
        try (PreparedStatement update = admin.prepareStatement("UPDATE " + TABLE + " SET DISABLED = ? WHERE NAME = ?")) { //$NON-NLS-1$ //$NON-NLS-2$
            update.setBoolean(1, disabled);
            update.setString(2, name);
            update.executeUpdate();
        }
    }

    private static Account account(ResultSet rows) throws SQLException {
        String townships = rows.getString(3);
        Role role;
        try {
            role = Role.of(rows.getString(2));
        } catch (StoreException e) {
            throw new SQLException(e.getMessage(), e);
        }
        return new Account(rows.getString(1), role, townships == null ? List.of() : List.of(townships.split(SEPARATOR)),
                rows.getString(4), rows.getBoolean(5), rows.getTimestamp(6), rows.getString(7), null);
    }

    private interface Work {
        void run() throws SQLException, StoreException;
    }

    /** Runs {@code work} as one transaction on {@code connection}, whatever its auto-commit; nothing is kept when it fails. */
    private static void inTransaction(Connection connection, Work work) throws StoreException {
        try {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                work.run();
                connection.commit();
            } catch (SQLException | StoreException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new StoreException(NLS.bind(Messages.Users_failed, e.getMessage()), e);
        }
    }
}

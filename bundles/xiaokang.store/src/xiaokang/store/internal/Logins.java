package xiaokang.store.internal;

import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import xiaokang.store.login.OfficeAuthenticator;

/**
 * The logins of a shared database: each user's password hash in {@code XK.LOGINS} (readable by the
 * administrator and by this check alone), five wrong passwords in a row lock the user for 15
 * minutes, and every refused login is an audit row ({@code REFUSED}, the name tried, the reason).
 * The check reads and writes the table through a connection of its own as {@link #CHECKER}, a user
 * that logs in with a secret of this JVM only.
 */
public final class Logins {

    public static final String TABLE = SchemaManager.META + ".LOGINS"; //$NON-NLS-1$
    private static final String USERS = SchemaManager.META + ".USERS"; //$NON-NLS-1$
    /** The database user the check connects as: privileges on the logins and the audit, no password anyone knows. */
    public static final String CHECKER = "XK_LOGINS"; //$NON-NLS-1$
    /**
     * The JVM's property naming the database whose users log in to the engine itself (a server's
     * shutdown) and to databases without logins of their own, as Derby's {@code NATIVE:db} does.
     */
    public static final String CREDENTIALS_DATABASE = "xiaokang.logins.database"; //$NON-NLS-1$
    public static final int ATTEMPTS = 5;
    public static final Duration LOCK = Duration.ofMinutes(15);

    private static final String SECRET = HexFormat.of().formatHex(Passwords.salt()) + HexFormat.of().formatHex(Passwords.salt());
    /** Derby's states when the database has no logins of ours: no schema, table or privilege. */
    private static final Set<String> NOT_OURS = Set.of("42Y07", "42X05", "42502", "42500"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

    private Logins() {
    }

    /** Derby's settings that make a database ask every connection for a login checked here. */
    public static void require(Connection owner) throws SQLException {
        try (Statement statement = owner.createStatement()) {
            statement.execute("CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('derby.authentication.provider', '" //$NON-NLS-1$
                    + OfficeAuthenticator.class.getName() + "')"); //$NON-NLS-1$
            statement.execute("CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('derby.connection.requireAuthentication', 'true')"); //$NON-NLS-1$
        }
    }

    /** The same for every database of this JVM and for the engine (a network server's shutdown). */
    public static void requireForEngine(String credentialsDatabase) {
        System.setProperty("derby.authentication.provider", OfficeAuthenticator.class.getName()); //$NON-NLS-1$
        System.setProperty("derby.connection.requireAuthentication", "true"); //$NON-NLS-1$ //$NON-NLS-2$
        System.setProperty(CREDENTIALS_DATABASE, credentialsDatabase);
    }

    public static void createTable(Connection owner) throws SQLException {
        try (ResultSet tables = owner.getMetaData().getTables(null, SchemaManager.META, "LOGINS", null)) { //$NON-NLS-1$
            if (tables.next()) {
                return;
            }
        }
        try (Statement statement = owner.createStatement()) {
            statement.execute("CREATE TABLE " + TABLE + " (NAME VARCHAR(30) PRIMARY KEY, PASSWORD VARCHAR(200) NOT NULL, " //$NON-NLS-1$ //$NON-NLS-2$
                    + "FAILURES INT NOT NULL, LOCKED_UNTIL TIMESTAMP, CHANGED_AT TIMESTAMP NOT NULL)"); //$NON-NLS-1$
        }
    }

    /** What the check needs: its own table, the users' list, and a place in the audit. */
    static void grant(Statement owner) throws SQLException {
        owner.execute("GRANT SELECT, UPDATE ON " + TABLE + " TO " + CHECKER); //$NON-NLS-1$ //$NON-NLS-2$
        owner.execute("GRANT SELECT ON " + USERS + " TO " + CHECKER); //$NON-NLS-1$ //$NON-NLS-2$
        owner.execute("GRANT INSERT ON " + SchemaManager.AUDIT + " TO " + CHECKER); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** Sets {@code name}'s password (a new user's, or a reset, which also lifts a lock). */
    public static void setPassword(Connection admin, String name, String password) throws SQLException {
        Timestamp now = new Timestamp(System.currentTimeMillis());
        String hash = Passwords.hash(password);
        try (PreparedStatement update = admin.prepareStatement(
                "UPDATE " + TABLE + " SET PASSWORD = ?, FAILURES = 0, LOCKED_UNTIL = NULL, CHANGED_AT = ? WHERE NAME = ?")) { //$NON-NLS-1$ //$NON-NLS-2$
            update.setString(1, hash);
            update.setTimestamp(2, now);
            update.setString(3, name);
            if (update.executeUpdate() == 1) {
                return;
            }
        }
        try (PreparedStatement insert = admin.prepareStatement(
                "INSERT INTO " + TABLE + " (NAME, PASSWORD, FAILURES, CHANGED_AT) VALUES (?, ?, 0, ?)")) { //$NON-NLS-1$ //$NON-NLS-2$
            insert.setString(1, name);
            insert.setString(2, hash);
            insert.setTimestamp(3, now);
            insert.executeUpdate();
        }
    }

    /** Who is locked now, until when; empty for anyone but the administrator, who alone reads the logins. */
    public static Map<String, Timestamp> locks(Connection connection) throws SQLException {
        Map<String, Timestamp> locks = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT NAME, LOCKED_UNTIL FROM " + TABLE + " WHERE LOCKED_UNTIL > ?")) { //$NON-NLS-1$ //$NON-NLS-2$
            query.setTimestamp(1, new Timestamp(System.currentTimeMillis()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    locks.put(rows.getString(1), rows.getTimestamp(2));
                }
            }
        } catch (SQLException e) {
            if (!NOT_OURS.contains(e.getSQLState())) {
                throw e;
            }
        }
        return locks;
    }

    /**
     * Whether {@code user} may log in to {@code database} (null: to the engine) with
     * {@code password}.
     */
    public static boolean check(String user, String password, String database) throws SQLException {
        if (user == null || password == null) {
            return false;
        }
        if (CHECKER.equalsIgnoreCase(user)) {
            return MessageDigest.isEqual(SECRET.getBytes(), password.getBytes());
        }
        String credentials = System.getProperty(CREDENTIALS_DATABASE);
        if (database == null) {
            return credentials != null && elsewhere(credentials, user, password);
        }
        try (Connection checker = connect(database, CHECKER, SECRET)) {
            return check(checker, user.trim().toLowerCase(Locale.ROOT), password);
        } catch (SQLException e) {
            if (NOT_OURS.contains(e.getSQLState()) && credentials != null && !credentials.equals(database)) {
                return elsewhere(credentials, user, password);
            }
            throw e;
        }
    }

    /** Logs in to the credentials database: its own check counts and locks. */
    private static boolean elsewhere(String credentials, String user, String password) {
        try (Connection connection = connect(credentials, user, password)) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static Connection connect(String database, String user, String password) throws SQLException {
        Properties login = new Properties();
        login.setProperty("user", user); //$NON-NLS-1$
        login.setProperty("password", password); //$NON-NLS-1$
        return DerbyDrivers.embedded().connect("jdbc:derby:" + database, login); //$NON-NLS-1$
    }

    private static boolean check(Connection checker, String user, String password) throws SQLException {
        String hash;
        int failures;
        Timestamp lockedUntil;
        boolean disabled;
        try (PreparedStatement query = checker.prepareStatement("SELECT L.PASSWORD, L.FAILURES, L.LOCKED_UNTIL, U.DISABLED FROM " + TABLE //$NON-NLS-1$
                + " L LEFT JOIN " + USERS + " U ON U.NAME = L.NAME WHERE L.NAME = ?")) { //$NON-NLS-1$ //$NON-NLS-2$
            query.setString(1, user);
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    // as long as a known name's check, so that timing does not tell names apart
                    Passwords.verify(password, Passwords.hash("")); //$NON-NLS-1$
                    refuse(checker, user, NLS.bind(Messages.Login_unknown, user));
                    return false;
                }
                hash = rows.getString(1);
                failures = rows.getInt(2);
                lockedUntil = rows.getTimestamp(3);
                disabled = rows.getBoolean(4);
            }
        }
        Timestamp now = new Timestamp(System.currentTimeMillis());
        if (disabled) {
            refuse(checker, user, NLS.bind(Messages.Login_disabled, user));
            return false;
        }
        if (lockedUntil != null && lockedUntil.after(now)) {
            refuse(checker, user, NLS.bind(Messages.Login_locked, user, time(lockedUntil)));
            return false;
        }
        if (Passwords.verify(password, hash)) {
            if (failures > 0 || lockedUntil != null) {
                record(checker, user, 0, null);
            }
            return true;
        }
        failures = fail(checker, user);
        if (failures >= ATTEMPTS) {
            Timestamp until = new Timestamp(now.getTime() + LOCK.toMillis());
            record(checker, user, 0, until);
            refuse(checker, user, NLS.bind(Messages.Login_nowLocked, new Object[] { user, ATTEMPTS, time(until) }));
        } else {
            refuse(checker, user, NLS.bind(Messages.Login_wrongPassword, new Object[] { user, failures, ATTEMPTS }));
        }
        return false;
    }

    /** Counts a wrong password in the row itself, so that two desks' attempts at once both count. */
    private static int fail(Connection checker, String user) throws SQLException {
        checker.setAutoCommit(false);
        try (PreparedStatement update = checker.prepareStatement("UPDATE " + TABLE + " SET FAILURES = FAILURES + 1 WHERE NAME = ?"); //$NON-NLS-1$ //$NON-NLS-2$
                PreparedStatement query = checker.prepareStatement("SELECT FAILURES FROM " + TABLE + " WHERE NAME = ?")) { //$NON-NLS-1$ //$NON-NLS-2$
            update.setString(1, user);
            update.executeUpdate();
            query.setString(1, user);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                int failures = rows.getInt(1);
                checker.commit();
                return failures;
            }
        } finally {
            checker.setAutoCommit(true);
        }
    }

    private static void record(Connection checker, String user, int failures, Timestamp lockedUntil) throws SQLException {
        try (PreparedStatement update = checker.prepareStatement("UPDATE " + TABLE + " SET FAILURES = ?, LOCKED_UNTIL = ? WHERE NAME = ?")) { //$NON-NLS-1$ //$NON-NLS-2$
            update.setInt(1, failures);
            update.setTimestamp(2, lockedUntil);
            update.setString(3, user);
            update.executeUpdate();
        }
    }

    private static void refuse(Connection checker, String user, String message) throws SQLException {
        String who = user.length() > 128 ? user.substring(0, 128) : user;
        Refusals.record(checker, who, USERS, 0, message);
    }

    private static String time(Timestamp timestamp) {
        return timestamp.toLocalDateTime().format(DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT)); //$NON-NLS-1$
    }
}

package xiaokang.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;

import xiaokang.store.internal.AccessGrants;
import xiaokang.store.internal.DatabaseErrors;
import xiaokang.store.internal.DerbyDrivers;
import xiaokang.store.internal.ScopedSql;
import xiaokang.store.internal.ScopedSql.Scope;

/**
 * Where the data lives: an embedded Derby database in a folder (the default: a fresh install just
 * works) or a database on a Derby network server shared by several desks.
 */
public final class Database {

    /**
     * Engine settings measured with {@code xiaokang bench} (scale 1: 23 s -> 18.5 s): a 40 MB page
     * cache instead of 4 MB, 32 KB pages for new tables, a 1 MB log buffer and a checkpoint every
     * 128 MB of log, so that a county-sized commit is not cut by checkpoints; and 64 MB instead of
     * 1 MB for a hash join's table, which a report's join of 126,000 check results otherwise spills
     * to disk (minutes instead of a second); and identity values (the audit's) taken from the
     * catalog 1,000 at a time instead of 100, since desks saving at once otherwise fail on the
     * catalog's lock ("too much contention", 40XL1). Read when the engine boots; a value the user
     * sets (-D...) wins.
     */
    private static final Map<String, String> ENGINE_DEFAULTS = Map.of( //
            "derby.storage.pageCacheSize", "10000", //$NON-NLS-1$ //$NON-NLS-2$
            "derby.storage.pageSize", "32768", //$NON-NLS-1$ //$NON-NLS-2$
            "derby.storage.logBufferSize", "1048576", //$NON-NLS-1$ //$NON-NLS-2$
            "derby.storage.checkpointInterval", "134217728", //$NON-NLS-1$ //$NON-NLS-2$
            "derby.language.maxMemoryPerTable", "65536", //$NON-NLS-1$ //$NON-NLS-2$
            "derby.language.sequence.preallocator", "1000"); //$NON-NLS-1$ //$NON-NLS-2$

    private static final String SHUT_DOWN = "08006"; //$NON-NLS-1$
    private static final String NOT_OPEN = "XJ004"; //$NON-NLS-1$

    private final String url;
    private final Driver driver;
    private final String description;
    private final boolean embedded;
    private final String user;
    private final String password;
    /** The login's database role and its views, found by its first connection and taken by every one. */
    private volatile Scope scope;

    private Database(String url, Driver driver, String description, boolean embedded, String user, String password) {
        this.url = url;
        this.driver = driver;
        this.description = description;
        this.embedded = embedded;
        this.user = user;
        this.password = password;
    }

    /**
     * The same database, connected to as {@code user} with {@code password} (Derby's NATIVE
     * credentials): every change is audited under that name, and the user's database role (see
     * {@link UserAccounts}) is made current on each connection.
     */
    public Database as(String user, String password) {
        // A login to a server never creates a database there: a mistyped name is an error, not a new database.
        String target = embedded ? url : url.replace(";create=true", ""); //$NON-NLS-1$ //$NON-NLS-2$
        return new Database(target, driver, description, embedded, UserAccounts.normalize(user), password);
    }

    /**
     * Whether {@code connection} reads through its user's views (a township user's townships, a
     * reader's masked numbers): figures computed on it describe what its user sees, not the city.
     */
    public static boolean isScoped(Connection connection) {
        return ScopedSql.isScoped(connection);
    }

    /**
     * The same database, booted by its first connection with Derby's URL {@code attributes}
     * ({@code ;bootPassword=...} for an encrypted one): a database a server has booted serves
     * every later connection without them.
     */
    public Database booting(String attributes) {
        return new Database(url + attributes, driver, description, embedded, user, password);
    }

    /**
     * Whether this login reads its townships alone, as its first connection found (the store's
     * opening made one): a question about another township needs no connection for anyone else.
     */
    boolean readsTownshipsOnly() {
        Scope known = scope;
        return known != null && AccessGrants.LOCAL.equals(known.role());
    }

    /** Whom this database is connected to as, or null when no one logs in (a desk's own folder). */
    public String user() {
        return user;
    }

    /** An embedded database in {@code folder}, created on first use. */
    public static Database embedded(Path folder) {
        ENGINE_DEFAULTS.forEach((key, value) -> {
            if (System.getProperty(key) == null) {
                System.setProperty(key, value);
            }
        });
        Path absolute = folder.toAbsolutePath().normalize();
        return new Database("jdbc:derby:" + absolute + ";create=true", DerbyDrivers.embedded(), absolute.toString(), true, null, null); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * A database from a JDBC URL: {@code jdbc:derby://host:port/name} for a network server,
     * {@code jdbc:derby:path} for an embedded one; anything else is refused.
     */
    public static Database fromUrl(String url) throws StoreException {
        if (url.startsWith("jdbc:derby://")) { //$NON-NLS-1$
            String withCreate = url.contains(";create=") ? url : url + ";create=true"; //$NON-NLS-1$ //$NON-NLS-2$
            return new Database(withCreate, DerbyDrivers.client(), url.substring("jdbc:derby://".length()), false, null, //$NON-NLS-1$
                    null);
        }
        if (url.startsWith("jdbc:derby:")) { //$NON-NLS-1$
            return embedded(Path.of(url.substring("jdbc:derby:".length()).split(";")[0])); //$NON-NLS-1$ //$NON-NLS-2$
        }
        throw new StoreException(DatabaseErrors.unsupportedUrl(url));
    }

    /** Opens a connection with auto-commit off; errors say what is wrong in the user's words. */
    public Connection connect() throws StoreException {
        if (embedded) {
            ensureWritableFolder();
        }
        try {
            Connection connection = driver.connect(url, credentials());
            if (connection == null) {
                throw new StoreException(DatabaseErrors.unsupportedUrl(url));
            }
            if (user != null) {
                scope = UserAccounts.takeRole(connection, scope);
            }
            connection.setAutoCommit(false);
            return user == null ? connection : ScopedSql.wrap(connection, scope);
        } catch (SQLException e) {
            throw new StoreException(DatabaseErrors.describe(e, description, user), e);
        } catch (RuntimeException e) {
            // Derby's network client cannot load its own message texts inside OSGi, so its
            // connection errors surface as MissingResourceException.
            throw new StoreException(DatabaseErrors.unreachable(description, e), e);
        }
    }

    private Properties credentials() {
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user); //$NON-NLS-1$
            properties.setProperty("password", password == null ? "" : password); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return properties;
    }

    /** Derby reports an unwritable folder as a missing database: say what is really wrong. */
    private void ensureWritableFolder() throws StoreException {
        Path folder = Path.of(description);
        try {
            Files.createDirectories(folder.getParent());
        } catch (IOException e) {
            throw new StoreException(DatabaseErrors.notWritable(description), e);
        }
        if (!Files.isWritable(folder.getParent()) || Files.exists(folder) && !Files.isWritable(folder)) {
            throw new StoreException(DatabaseErrors.notWritable(description));
        }
    }

    /**
     * Closes an embedded database in this process: its changed pages are written, so the next
     * process to open it replays no log. A database on a network server is the server's to close.
     */
    public void shutdown() throws StoreException {
        if (!embedded) {
            return;
        }
        try {
            driver.connect("jdbc:derby:" + description + ";shutdown=true", credentials()); //$NON-NLS-1$ //$NON-NLS-2$
        } catch (SQLException e) {
            // Derby says "shut down" (08006) with an exception; XJ004: it was not open here.
            if (!SHUT_DOWN.equals(e.getSQLState()) && !NOT_OPEN.equals(e.getSQLState())) {
                throw new StoreException(DatabaseErrors.describe(e, description), e);
            }
        }
    }

    /** The folder or server address, for messages. */
    public String description() {
        return description;
    }

    public boolean isEmbedded() {
        return embedded;
    }
}

package xiaokang.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.Properties;

import xiaokang.store.internal.DatabaseErrors;
import xiaokang.store.internal.DerbyDrivers;

/**
 * Where the data lives: an embedded Derby database in a folder (the default: a fresh install just
 * works) or a database on a Derby network server shared by several desks.
 */
public final class Database {

    private static final String PAGE_CACHE = "derby.storage.pageCacheSize"; //$NON-NLS-1$

    private final String url;
    private final Driver driver;
    private final String description;
    private final boolean embedded;

    private Database(String url, Driver driver, String description, boolean embedded) {
        this.url = url;
        this.driver = driver;
        this.description = description;
        this.embedded = embedded;
    }

    /** An embedded database in {@code folder}, created on first use. */
    public static Database embedded(Path folder) {
        // Derby's default cache of 1,000 pages (4 MB) thrashes on the county's indexes; 40 MB does
        // not. Read once when the engine boots; a value set by the user wins.
        if (System.getProperty(PAGE_CACHE) == null) {
            System.setProperty(PAGE_CACHE, "10000"); //$NON-NLS-1$
        }
        Path absolute = folder.toAbsolutePath().normalize();
        return new Database("jdbc:derby:" + absolute + ";create=true", DerbyDrivers.embedded(), absolute.toString(), true); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * A database from a JDBC URL: {@code jdbc:derby://host:port/name} for a network server,
     * {@code jdbc:derby:path} for an embedded one; anything else is refused.
     */
    public static Database fromUrl(String url) throws StoreException {
        if (url.startsWith("jdbc:derby://")) { //$NON-NLS-1$
            String withCreate = url.contains(";create=") ? url : url + ";create=true"; //$NON-NLS-1$ //$NON-NLS-2$
            return new Database(withCreate, DerbyDrivers.client(), url.substring("jdbc:derby://".length()), false); //$NON-NLS-1$
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
            Connection connection = driver.connect(url, new Properties());
            if (connection == null) {
                throw new StoreException(DatabaseErrors.unsupportedUrl(url));
            }
            connection.setAutoCommit(false);
            return connection;
        } catch (SQLException e) {
            throw new StoreException(DatabaseErrors.describe(e, description), e);
        } catch (RuntimeException e) {
            // Derby's network client cannot load its own message texts inside OSGi, so its
            // connection errors surface as MissingResourceException.
            throw new StoreException(DatabaseErrors.unreachable(description, e), e);
        }
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

    /** The folder or server address, for messages. */
    public String description() {
        return description;
    }

    public boolean isEmbedded() {
        return embedded;
    }
}

package xiaokang.data;

import java.nio.file.Path;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.prefs.BackingStoreException;

import xiaokang.data.internal.Messages;
import xiaokang.store.Database;
import xiaokang.store.StoreException;

/**
 * Which database the workbench (and a command given no {@code --db}) uses, as the user set it in
 * the preferences of the data folder: an embedded database in a folder (by default {@code db} in
 * the data folder), or a Derby network server several desks share, with the user to connect as.
 *
 * @param folder the embedded database's folder; null for the default
 * @param serverUrl {@code jdbc:derby://host:port/name} when the database is on a server, else null
 * @param user who connects to the server (Derby's {@code user} attribute); null for none
 */
public record DatabaseSettings(Path folder, String serverUrl, String user) {

    static final String NODE = "xiaokang.data"; //$NON-NLS-1$
    private static final String FOLDER = "database.folder"; //$NON-NLS-1$
    private static final String SERVER = "database.server"; //$NON-NLS-1$
    private static final String USER = "database.user"; //$NON-NLS-1$
    private static final String SERVER_PREFIX = "jdbc:derby://"; //$NON-NLS-1$

    /** The embedded database in the default folder. */
    public static final DatabaseSettings DEFAULT = new DatabaseSettings(null, null, null);

    public DatabaseSettings {
        serverUrl = blankToNull(serverUrl);
        user = blankToNull(user);
    }

    /** The settings saved in the data folder, or {@link #DEFAULT}. */
    public static DatabaseSettings read() {
        IEclipsePreferences node = InstanceScope.INSTANCE.getNode(NODE);
        String folder = blankToNull(node.get(FOLDER, null));
        return new DatabaseSettings(folder == null ? null : Path.of(folder), node.get(SERVER, null), node.get(USER, null));
    }

    /** Saves the settings in the data folder; they take effect when the workbench starts again. */
    public void save() throws StoreException {
        String problem = problem();
        if (problem != null) {
            throw new StoreException(problem);
        }
        IEclipsePreferences node = InstanceScope.INSTANCE.getNode(NODE);
        put(node, FOLDER, folder == null ? null : folder.toString());
        put(node, SERVER, serverUrl);
        put(node, USER, user);
        try {
            node.flush();
        } catch (BackingStoreException e) {
            throw new StoreException(NLS.bind(Messages.DatabaseSettings_notSaved, e.getMessage()), e);
        }
    }

    public boolean onServer() {
        return serverUrl != null;
    }

    /** The embedded database's folder: the one set, or {@code db} in the data folder. */
    public Path embeddedFolder() {
        return folder != null ? folder : DataLocation.defaultFolder();
    }

    /** What is wrong with the settings, in the user's words, or null. */
    public String problem() {
        if (serverUrl != null && (!serverUrl.startsWith(SERVER_PREFIX) || serverUrl.length() == SERVER_PREFIX.length())) {
            return NLS.bind(Messages.DatabaseSettings_badServer, serverUrl);
        }
        if (serverUrl != null && serverUrl.contains(";user=")) { //$NON-NLS-1$
            return Messages.DatabaseSettings_userInUrl;
        }
        return null;
    }

    /** The database these settings name, not logged in to yet ({@link Database#as}). */
    public Database database() throws StoreException {
        String problem = problem();
        if (problem != null) {
            throw new StoreException(problem);
        }
        if (onServer()) {
            return Database.fromUrl(serverUrl);
        }
        return Database.embedded(embeddedFolder());
    }

    private static void put(IEclipsePreferences node, String key, String value) {
        if (value == null) {
            node.remove(key);
        } else {
            node.put(key, value);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}

package xiaokang.server.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.osgi.util.NLS;

import xiaokang.data.DerivedData;
import xiaokang.store.Database;
import xiaokang.store.Store;
import xiaokang.store.StoreException;
import xiaokang.store.UserAccounts;

/**
 * Makes a database fit to be shared: created (or adopted) with its tables and derived figures,
 * owned by the administrator, with logins (checked at every connection, locked after wrong passwords) and SQL authorization on
 * and every role's privileges granted. Run again, it brings the tables and grants up to date (after
 * a plug-in was installed).
 */
public final class OfficeDatabase {

    public static final String DEFAULT_ADMIN = "admin"; //$NON-NLS-1$
    /** Derby's state for a refused login. */
    private static final String REFUSED = "08004"; //$NON-NLS-1$

    private OfficeDatabase() {
    }

    /**
     * @param admin the administrator's name, or null: {@code admin} for a new database, the owner
     *            for one adopted
     * @return the administrator's name
     */
    public static String init(Path folder, String admin, String password, List<EPackage> models, List<DerivedData> derived,
            IProgressMonitor monitor) throws StoreException, SQLException, IOException {
        return init(folder, admin, password, null, models, derived, monitor);
    }

    /**
     * @param encryption the boot password of a database whose files are encrypted or are to be
     *            (a new one, or a desk's not shared yet), else null
     */
    public static String init(Path folder, String admin, String password, Encryption encryption, List<EPackage> models,
            List<DerivedData> derived, IProgressMonitor monitor) throws StoreException, SQLException, IOException {
        SubMonitor progress = SubMonitor.convert(monitor, 4);
        ServerFolder server = new ServerFolder(folder);
        boolean existed = server.holdsDatabase();
        boolean encrypted = server.encrypted();
        if (encrypted && encryption == null) {
            throw new StoreException(NLS.bind(Messages.Server_needsBootPassword, folder));
        }
        Database plain = Database.embedded(folder);
        if (encryption != null && !encrypted) {
            encrypt(existed ? plain : plain.as(UserAccounts.normalize(admin != null ? admin : DEFAULT_ADMIN), password), existed,
                    encryption.bootPassword());
        }
        if (encryption != null) {
            plain = plain.booting(encryption.booting());
        }
        if (existed && asksForLogin(plain)) {
            String name = admin != null ? admin : DEFAULT_ADMIN;
            prepare(plain.as(name, password), models, derived, progress.split(3)).grantAccess();
            plain.as(name, password).shutdown();
            return UserAccounts.normalize(name);
        }
        String name = admin;
        if (existed && name == null) {
            try (Connection connection = plain.connect()) {
                name = UserAccounts.databaseOwner(connection).toLowerCase(Locale.ROOT);
                connection.rollback();
            }
        }
        name = UserAccounts.normalize(name != null ? name : DEFAULT_ADMIN);
        // No login is asked yet: the connection names the owner of a new database, and the password is not checked.
        Database owner = plain.as(name, password);
        Store store = prepare(owner, models, derived, progress.split(2));
        try (Connection connection = store.connect()) {
            UserAccounts.enable(connection, name, password);
        }
        owner.shutdown();
        progress.split(1);
        // Booted again, the database checks every privilege: the grants are made, and from the next boot it asks for logins.
        Store.open(owner, models).grantAccess();
        owner.shutdown();
        progress.split(1);
        return name;
    }

    /** A boot password, which an encrypted database asks for whenever it boots. */
    public record Encryption(String bootPassword) {

        /** Derby asks for eight characters at least. */
        public static final int MIN_LENGTH = 8;

        String booting() {
            return ";bootPassword=" + bootPassword; //$NON-NLS-1$
        }
    }

    /**
     * Encrypts the files of a new database or of a desk's (not shared yet: a shared one is booted
     * by any refused login, and Derby encrypts only while it boots) with AES and the boot password.
     */
    private static void encrypt(Database plain, boolean existed, String bootPassword) throws StoreException {
        if (existed) {
            if (asksForLogin(plain)) {
                throw new StoreException(Messages.Server_encryptShared);
            }
            plain.shutdown();
        }
        Database encrypting = plain
                .booting(";dataEncryption=true;encryptionAlgorithm=AES/CBC/NoPadding;encryptionKeyLength=128;bootPassword=" + bootPassword); //$NON-NLS-1$
        try (Connection connection = encrypting.connect()) {
            connection.rollback();
        } catch (SQLException e) {
            throw new StoreException(e.getMessage(), e);
        }
        encrypting.shutdown();
    }

    private static Store prepare(Database owner, List<EPackage> models, List<DerivedData> derived, IProgressMonitor monitor)
            throws StoreException {
        SubMonitor progress = SubMonitor.convert(monitor, 1 + derived.size());
        Store store = Store.open(owner, models);
        progress.split(1);
        for (DerivedData figures : derived) {
            try {
                // Their tables are made here, by the owner: other users may fill them but not create them.
                figures.compute(store, progress.split(1));
            } catch (Exception e) {
                ILog.of(OfficeDatabase.class).warn(NLS.bind(Messages.Server_derivedFailed, figures.name(), e.getMessage()), e);
            }
        }
        return store;
    }

    private static boolean asksForLogin(Database plain) throws StoreException {
        try (Connection connection = plain.connect()) {
            return false;
        } catch (StoreException e) {
            if (e.getCause() instanceof SQLException sql && REFUSED.equals(sql.getSQLState())) {
                return true;
            }
            throw e;
        } catch (SQLException e) {
            return false;
        }
    }
}

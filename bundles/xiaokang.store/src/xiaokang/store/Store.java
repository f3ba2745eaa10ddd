package xiaokang.store;

import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import org.eclipse.emf.ecore.EPackage;

import xiaokang.store.internal.AccessGrants;
import xiaokang.store.internal.ClassTable;
import xiaokang.store.internal.DatabaseErrors;
import xiaokang.store.internal.DefaultSession;
import xiaokang.store.internal.BatchWithdrawal;
import xiaokang.store.internal.ListTable;
import xiaokang.store.internal.Refusals;
import xiaokang.store.internal.Mapping;
import xiaokang.store.internal.SchemaManager;

/**
 * The database of the registered models. Opening brings the schema up to the code's models
 * (adding what is missing, in one transaction) or refuses a database written by newer models.
 */
public final class Store {

    private final Database database;
    private final Mapping mapping;

    private Store(Database database, Mapping mapping) {
        this.database = database;
        this.mapping = mapping;
    }

    public static Store open(Database database, List<EPackage> packages) throws StoreException {
        Mapping mapping = new Mapping(packages);
        try (Connection connection = database.connect()) {
            new SchemaManager(mapping, database.description()).ensure(connection);
        } catch (SQLException e) {
            throw new StoreException(DatabaseErrors.describe(e, database.description(), database.user()), e);
        }
        return new Store(database, mapping);
    }

    /** The models whose records this store keeps, core first. */
    public List<EPackage> packages() {
        return mapping.packages();
    }

    /**
     * A unit of work whose changes are audited as made by {@code user}, or by the logged-in user
     * when the database was connected to as one ({@link Database#as}): on a shared database the
     * audit names who logged in, whatever the caller says.
     */
    public Session openSession(String user) throws StoreException {
        return new DefaultSession(database, mapping, database.user() != null ? database.user() : user);
    }

    /** Who this store's changes are audited as: the logged-in user, else the operating system's. */
    public String user() {
        return database.user() != null ? database.user() : System.getProperty("user.name"); //$NON-NLS-1$
    }

    /**
     * Grants the database roles their privileges on every table (see {@link UserAccounts}); call it
     * as the database owner after the schema changed (a plug-in installed, figures' tables made).
     */
    public void grantAccess() throws StoreException {
        try (Connection connection = database.connect()) {
            AccessGrants.grant(connection, mapping);
            UserAccounts.regrant(connection);
            connection.commit();
        } catch (SQLException e) {
            throw new StoreException(DatabaseErrors.describe(e, database.description(), database.user()), e);
        }
    }

    /** A new JDBC connection (auto-commit on) for reports and other SQL readers; close it after use. */
    public Connection connect() throws StoreException {
        Connection connection = database.connect();
        try {
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            throw new StoreException(DatabaseErrors.describe(e, database.description(), database.user()), e);
        }
        return connection;
    }

    /**
     * Brings Derby's statistics up to date for every table of the installed models. Call it after a
     * bulk load: a database filled in one commit keeps the estimates of its empty tables, and
     * Derby then plans joins as nested table scans (a second's query takes minutes).
     */
    public void updateStatistics() throws StoreException {
        try (Connection connection = database.connect();
                CallableStatement update = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS(?, ?, NULL)")) { //$NON-NLS-1$
            for (ClassTable table : mapping.tables()) {
                update(update, table.schema(), table.name());
                for (ListTable list : table.listTables()) {
                    update(update, list.schema(), list.name());
                }
            }
            connection.commit();
        } catch (SQLException e) {
            throw new StoreException(DatabaseErrors.describe(e, database.description(), database.user()), e);
        }
    }

    /**
     * Writes every changed page to the data files and trims the log. Call it after a bulk load:
     * Derby otherwise replays the whole load from its log the next time the database boots
     * (ten seconds for a county, paid by whoever opens it first).
     */
    public void checkpoint() throws StoreException {
        try (Connection connection = database.connect();
                CallableStatement checkpoint = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_CHECKPOINT_DATABASE()")) { //$NON-NLS-1$
            checkpoint.execute();
            connection.commit();
        } catch (SQLException e) {
            throw new StoreException(DatabaseErrors.describe(e, database.description(), database.user()), e);
        }
    }

    /**
     * Undoes a batch in one transaction, itself a batch of kind {@code WITHDRAWAL} in the audit:
     * the objects it inserted are deleted, the values it updated set back.
     *
     * @return how many audit rows of the batch were undone
     * @throws StoreException when the batch does not exist or was withdrawn already, or when an
     *             object it touched has changed since (the message names them): nothing is undone
     */
    public int withdraw(long batch, String user) throws StoreException {
        return new BatchWithdrawal(database, mapping).withdraw(batch, database.user() != null ? database.user() : user);
    }

    private static void update(CallableStatement update, String schema, String table) throws SQLException {
        update.setString(1, schema);
        update.setString(2, table);
        update.execute();
    }

    /**
     * The townships the logged-in user is given (a township officer's, a cadre's), or an empty list
     * when they see the whole city.
     */
    public List<String> townships() throws StoreException {
        if (!database.readsTownshipsOnly()) {
            return List.of();
        }
        try (Connection connection = connect()) {
            return Refusals.townships(connection, database.user());
        } catch (SQLException e) {
            throw new StoreException(DatabaseErrors.describe(e, database.description(), database.user()), e);
        }
    }

    /**
     * Refuses, with a message and a {@code REFUSED} row in the audit, a township (by name or code)
     * outside the logged-in user's townships; a township the user is given, a name no township has
     * (the caller says it is unknown) and any township for a user who sees the whole city pass.
     */
    public void checkTownship(String township) throws StoreException {
        if (!database.readsTownshipsOnly()) {
            return;
        }
        try (Connection connection = connect()) {
            Refusals.checkTownship(connection, database.user(), township);
        } catch (SQLException e) {
            throw new StoreException(DatabaseErrors.describe(e, database.description(), database.user()), e);
        }
    }

    /**
     * Refuses, with a message and a {@code REFUSED} row in the audit, a record ({@code SCHEMA.TABLE}
     * and id) the logged-in user may not see: outside their townships, or no longer there.
     */
    public void checkVisible(String table, long id) throws StoreException {
        if (!database.readsTownshipsOnly()) {
            return;
        }
        try (Connection connection = connect()) {
            Refusals.checkVisible(connection, database.user(), table, id);
        } catch (SQLException e) {
            throw new StoreException(DatabaseErrors.describe(e, database.description(), database.user()), e);
        }
    }

    public Database database() {
        return database;
    }
}

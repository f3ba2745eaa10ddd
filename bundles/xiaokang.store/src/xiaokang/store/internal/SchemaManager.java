package xiaokang.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.osgi.util.NLS;

import xiaokang.store.StoreException;

/**
 * Creates and evolves the tables of the mapping in one transaction: missing schemas, tables,
 * columns, foreign keys and indexes are added, nothing is dropped, and a database whose package
 * versions are newer than the code's is refused untouched.
 */
public final class SchemaManager {

    /** The store's own schema: package versions, the audit trail, the id sequence. */
    public static final String META = "XK"; //$NON-NLS-1$
    public static final String PACKAGES = META + ".PACKAGES"; //$NON-NLS-1$
    public static final String AUDIT = META + ".AUDIT"; //$NON-NLS-1$
    public static final String IDS = META + ".OBJECT_IDS"; //$NON-NLS-1$
    /** Object ids are taken from the sequence in blocks of this size. */
    public static final int ID_BLOCK = 1000;
    /** The longest value the audit keeps (Derby's longest VARCHAR); a whole row fits. */
    public static final int AUDIT_VALUE_LENGTH = 32672;

    private final Mapping mapping;
    private final String where;

    public SchemaManager(Mapping mapping, String where) {
        this.mapping = mapping;
        this.where = where;
    }

    public void ensure(Connection connection) throws SQLException, StoreException {
        try (Statement statement = connection.createStatement()) {
            Catalog catalog = Catalog.read(connection);
            if (!catalog.hasTable(META, "PACKAGES")) { //$NON-NLS-1$
                createMeta(statement);
            } else {
                if (!catalog.columns(META, "AUDIT").contains("CONTAINER_ID")) { //$NON-NLS-1$ //$NON-NLS-2$
                    upgradeAudit(statement);
                }
                if (!catalog.columns(META, "AUDIT").contains("BATCH_ID")) { //$NON-NLS-1$ //$NON-NLS-2$
                    addBatches(statement);
                }
            }
            refuseNewerPackages(connection);
            for (ClassTable table : mapping.tables()) {
                ensureTable(catalog, statement, table);
            }
            for (ClassTable table : mapping.tables()) {
                ensureConstraints(catalog, statement, table);
            }
            recordVersions(connection);
            connection.commit();
        } catch (SQLException | StoreException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
    }

    private static void createMeta(Statement statement) throws SQLException {
        statement.execute("CREATE SCHEMA " + META); //$NON-NLS-1$
        statement.execute("CREATE TABLE " + PACKAGES + " (NS_URI VARCHAR(255) PRIMARY KEY, SCHEMA_NAME VARCHAR(128) NOT NULL, " //$NON-NLS-1$ //$NON-NLS-2$
                + "VERSION INTEGER NOT NULL, UPDATED TIMESTAMP NOT NULL)"); //$NON-NLS-1$
        statement.execute("CREATE TABLE " + AUDIT + " (ID BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, " //$NON-NLS-1$ //$NON-NLS-2$
                + "CHANGED_AT TIMESTAMP NOT NULL, WHO VARCHAR(128) NOT NULL, ACTION VARCHAR(8) NOT NULL, TABLE_NAME VARCHAR(257) NOT NULL, " //$NON-NLS-1$
                + "OBJECT_ID BIGINT NOT NULL, CONTAINER_ID BIGINT, ATTRIBUTE VARCHAR(128), OLD_VALUE VARCHAR(" + AUDIT_VALUE_LENGTH //$NON-NLS-1$
                + "), NEW_VALUE VARCHAR(" + AUDIT_VALUE_LENGTH + "))"); //$NON-NLS-1$ //$NON-NLS-2$
        statement.execute("CREATE INDEX " + META + ".AUDIT_OBJECT ON " + AUDIT + " (OBJECT_ID)"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        statement.execute("CREATE INDEX " + META + ".AUDIT_CONTAINER ON " + AUDIT + " (CONTAINER_ID)"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        addBatches(statement);
        statement.execute("CREATE SEQUENCE " + IDS + " AS BIGINT START WITH " + ID_BLOCK + " INCREMENT BY " + ID_BLOCK); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /**
     * Batches: the audit rows of one import (or its withdrawal) carry its id, and a row of action
     * {@code BATCH} names it (see {@link xiaokang.store.AuditLog#batches}).
     */
    private static void addBatches(Statement statement) throws SQLException {
        statement.execute("ALTER TABLE " + AUDIT + " ADD COLUMN BATCH_ID BIGINT"); //$NON-NLS-1$ //$NON-NLS-2$
        statement.execute("CREATE INDEX " + META + ".AUDIT_BATCH ON " + AUDIT + " (BATCH_ID)"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** An audit of the first round: labels only, no container; whole rows need longer values. */
    private static void upgradeAudit(Statement statement) throws SQLException {
        statement.execute("ALTER TABLE " + AUDIT + " ADD COLUMN CONTAINER_ID BIGINT"); //$NON-NLS-1$ //$NON-NLS-2$
        for (String column : List.of("OLD_VALUE", "NEW_VALUE")) { //$NON-NLS-1$ //$NON-NLS-2$
            statement.execute("ALTER TABLE " + AUDIT + " ALTER COLUMN " + column + " SET DATA TYPE VARCHAR(" + AUDIT_VALUE_LENGTH + ')'); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        statement.execute("CREATE INDEX " + META + ".AUDIT_CONTAINER ON " + AUDIT + " (CONTAINER_ID)"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private void refuseNewerPackages(Connection connection) throws SQLException, StoreException {
        try (PreparedStatement query = connection.prepareStatement("SELECT VERSION FROM " + PACKAGES + " WHERE NS_URI = ?")) { //$NON-NLS-1$ //$NON-NLS-2$
            for (EPackage ePackage : mapping.packages()) {
                query.setString(1, ePackage.getNsURI());
                try (ResultSet rows = query.executeQuery()) {
                    int known = StoreAnnotations.version(ePackage);
                    if (rows.next() && rows.getInt(1) > known) {
                        throw new StoreException(NLS.bind(Messages.Schema_tooNew,
                                new Object[] { where, ePackage.getNsURI(), rows.getInt(1), known }));
                    }
                }
            }
        }
    }

    private static void ensureTable(Catalog catalog, Statement statement, ClassTable table) throws SQLException {
        if (!catalog.hasSchema(table.schema())) {
            statement.execute("CREATE SCHEMA " + table.schema()); //$NON-NLS-1$
            catalog.addSchema(table.schema());
        }
        if (!catalog.hasTable(table.schema(), table.name())) {
            StringBuilder columns = new StringBuilder("ID BIGINT PRIMARY KEY, VERSION INTEGER NOT NULL, POS INTEGER"); //$NON-NLS-1$
            table.columns().forEach(column -> columns.append(", ").append(column.name()).append(' ').append(column.sqlType())); //$NON-NLS-1$
            statement.execute("CREATE TABLE " + table.qualifiedName() + " (" + columns + ')'); //$NON-NLS-1$ //$NON-NLS-2$
        } else {
            Set<String> existing = catalog.columns(table.schema(), table.name());
            for (Column column : table.columns()) {
                if (!existing.contains(column.name())) {
                    statement.execute("ALTER TABLE " + table.qualifiedName() + " ADD COLUMN " + column.name() + ' ' + column.sqlType()); //$NON-NLS-1$ //$NON-NLS-2$
                }
            }
        }
        Set<String> existing = catalog.columns(table.schema(), table.name());
        for (Column column : table.columns()) {
            Optional<EndingColumn> ending = EndingColumn.of(column);
            if (ending.isPresent() && !existing.contains(ending.get().name())) {
                statement.execute("ALTER TABLE " + table.qualifiedName() + " ADD COLUMN " + ending.get().name() + ' ' //$NON-NLS-1$ //$NON-NLS-2$
                        + ending.get().definition());
            }
        }
        for (ListTable list : table.listTables()) {
            if (!catalog.hasTable(list.schema(), list.name())) {
                statement.execute("CREATE TABLE " + list.qualifiedName() + " (OWNER_ID BIGINT NOT NULL REFERENCES " //$NON-NLS-1$ //$NON-NLS-2$
                        + table.qualifiedName() + " (ID) ON DELETE CASCADE, POS INTEGER NOT NULL, " + list.valueColumn() + ' ' //$NON-NLS-1$
                        + list.valueType() + ", PRIMARY KEY (OWNER_ID, POS))"); //$NON-NLS-1$
            }
        }
    }

    private static void ensureConstraints(Catalog catalog, Statement statement, ClassTable table) throws SQLException {
        for (Column column : table.columns()) {
            String constraint = (table.name() + '_' + column.name()).replace("__", "_"); //$NON-NLS-1$ //$NON-NLS-2$
            // Only containment is a foreign key (cascading deletes down the tree). Derby refuses a
            // table reachable by several delete paths with different rules, which plain references
            // between branches of the tree would create: ReferenceRules guards those with triggers.
            boolean foreignKey = column.kind() == Column.Kind.CONTAINER && column.target() != null;
            if (foreignKey && !catalog.hasConstraint(table.schema(), "FK_" + constraint)) { //$NON-NLS-1$
                statement.execute("ALTER TABLE " + table.qualifiedName() + " ADD CONSTRAINT FK_" + constraint + " FOREIGN KEY (" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        + column.name() + ") REFERENCES " + column.target().qualifiedName() + " (ID) ON DELETE CASCADE"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            boolean unique = column.kind() == Column.Kind.ATTRIBUTE && StoreAnnotations.unique(column.feature());
            // A foreign key brings its own index in Derby; other lookups need one of their own.
            if (column.indexed() && !foreignKey && !unique && !catalog.hasIndex(table.schema(), "IX_" + constraint)) { //$NON-NLS-1$
                statement.execute("CREATE INDEX " + table.schema() + ".IX_" + constraint + " ON " + table.qualifiedName() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        + " (" + column.name() + ')'); //$NON-NLS-1$
            }
            if (unique && !catalog.hasIndex(table.schema(), "UX_" + constraint) && !hasDuplicates(statement, table, column)) { //$NON-NLS-1$
                statement.execute("CREATE UNIQUE INDEX " + table.schema() + ".UX_" + constraint + " ON " + table.qualifiedName() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        + " (" + column.name() + ')'); //$NON-NLS-1$
                if (catalog.hasIndex(table.schema(), "IX_" + constraint)) { //$NON-NLS-1$
                    statement.execute("DROP INDEX " + table.schema() + ".IX_" + constraint); //$NON-NLS-1$ //$NON-NLS-2$
                }
            }
            Optional<EndingColumn> ending = EndingColumn.of(column);
            if (ending.isPresent() && !catalog.hasIndex(table.schema(), "IX_" + constraint + EndingColumn.SUFFIX)) { //$NON-NLS-1$
                statement.execute("CREATE INDEX " + table.schema() + ".IX_" + constraint + EndingColumn.SUFFIX + " ON " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        + table.qualifiedName() + " (" + ending.get().name() + ')'); //$NON-NLS-1$
            }
            if (column.kind() == Column.Kind.REFERENCE && column.target() != null) {
                ReferenceRules.ensure(catalog, statement, table, column);
            }
        }
    }

    /**
     * Whether a column to be made unique holds a value twice already (a database of an earlier
     * version): the index waits, with a warning naming them, until they are told apart.
     */
    private static boolean hasDuplicates(Statement statement, ClassTable table, Column column) throws SQLException {
        List<String> duplicates = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery("SELECT " + column.name() + " FROM " + table.qualifiedName() + " WHERE " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + column.name() + " IS NOT NULL GROUP BY " + column.name() + " HAVING COUNT(*) > 1 FETCH FIRST 10 ROWS ONLY")) { //$NON-NLS-1$ //$NON-NLS-2$
            while (rows.next()) {
                duplicates.add(rows.getString(1));
            }
        }
        if (!duplicates.isEmpty()) {
            ILog.of(SchemaManager.class).warn(NLS.bind(Messages.Schema_duplicates,
                    new Object[] { table.qualifiedName(), column.name(), String.join(", ", duplicates) })); //$NON-NLS-1$
        }
        return !duplicates.isEmpty();
    }

    /** Records each model's version where it changed: a desk whose models the database has already writes nothing. */
    private void recordVersions(Connection connection) throws SQLException {
        try (PreparedStatement read = connection.prepareStatement("SELECT VERSION, SCHEMA_NAME FROM " + PACKAGES + " WHERE NS_URI = ?"); //$NON-NLS-1$ //$NON-NLS-2$
                PreparedStatement update = connection.prepareStatement("UPDATE " + PACKAGES //$NON-NLS-1$
                        + " SET VERSION = ?, SCHEMA_NAME = ?, UPDATED = CURRENT_TIMESTAMP WHERE NS_URI = ?"); //$NON-NLS-1$
                PreparedStatement insert = connection.prepareStatement("INSERT INTO " + PACKAGES //$NON-NLS-1$
                        + " (VERSION, SCHEMA_NAME, NS_URI, UPDATED) VALUES (?, ?, ?, CURRENT_TIMESTAMP)")) { //$NON-NLS-1$
            for (EPackage ePackage : mapping.packages()) {
                int version = StoreAnnotations.version(ePackage);
                String schema = Mapping.schema(ePackage);
                read.setString(1, ePackage.getNsURI());
                PreparedStatement write;
                try (ResultSet rows = read.executeQuery()) {
                    if (!rows.next()) {
                        write = insert;
                    } else if (rows.getInt(1) != version || !schema.equals(rows.getString(2))) {
                        write = update;
                    } else {
                        continue;
                    }
                }
                write.setInt(1, version);
                write.setString(2, schema);
                write.setString(3, ePackage.getNsURI());
                write.executeUpdate();
            }
        }
    }
}

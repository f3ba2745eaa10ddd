package xiaokang.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.osgi.util.NLS;

import xiaokang.store.AuditLog;
import xiaokang.store.Database;
import xiaokang.store.StoreException;

/**
 * Undoes a batch from its audit rows: what it inserted is deleted, what it updated is set back to
 * the old value, in one session (audited as a batch that withdraws it). Refused while anything the
 * batch touched, or anything inside what it inserted, has changed since.
 */
public final class BatchWithdrawal {

    static final String WITHDRAWAL = "WITHDRAWAL"; //$NON-NLS-1$
    /** How many changed objects a refusal names. */
    private static final int NAMED = 20;

    private final Database database;
    private final Mapping mapping;

    public BatchWithdrawal(Database database, Mapping mapping) {
        this.database = database;
        this.mapping = mapping;
    }

    public int withdraw(long batch, String user) throws StoreException {
        List<AuditLog.Change> changes;
        try (Connection connection = database.connect()) {
            connection.setAutoCommit(true);
            AuditLog.Batch known = AuditLog.batches(connection).stream().filter(b -> b.id() == batch).findFirst()
                    .orElseThrow(() -> new StoreException(NLS.bind(Messages.Batch_unknown, batch)));
            if (known.withdrawnBy() != null) {
                throw new StoreException(NLS.bind(Messages.Batch_withdrawn, batch, known.withdrawnBy()));
            }
            changes = AuditLog.batchChanges(connection, batch);
            if (changes.stream().anyMatch(AuditLog.Change::isDelete)) {
                throw new StoreException(NLS.bind(Messages.Batch_deletes, batch));
            }
            refuseChangedSince(connection, batch, changes);
        } catch (SQLException e) {
            throw new StoreException(DatabaseErrors.describe(e, database.description(), database.user()), e);
        }
        Set<Long> inserted = new HashSet<>();
        changes.stream().filter(AuditLog.Change::isInsert).forEach(c -> inserted.add(c.objectId()));
        try (DefaultSession session = new DefaultSession(database, mapping, user)) {
            session.batch(WITHDRAWAL, batch, NLS.bind(Messages.Batch_withdrawal, batch));
            for (AuditLog.Change change : changes.reversed()) {
                if (!change.isInsert() && !inserted.contains(change.objectId())) {
                    EObject object = object(session, change);
                    if (object != null) {
                        restore(session, object, table(change), change.attribute(), change.oldValue());
                    }
                }
            }
            for (AuditLog.Change change : changes) {
                if (change.isInsert() && (change.containerId() == null || !inserted.contains(change.containerId()))) {
                    EObject object = object(session, change);
                    if (object != null) {
                        session.delete(object);
                    }
                }
            }
            session.commit();
        }
        return changes.size();
    }

    /** Anything the batch touched, or anything inside it, changed by a later audit row. */
    private static void refuseChangedSince(Connection connection, long batch, List<AuditLog.Change> changes) throws SQLException, StoreException {
        Set<Long> touched = new HashSet<>();
        changes.forEach(c -> touched.add(c.objectId()));
        long last = changes.stream().mapToLong(AuditLog.Change::sequence).max().orElse(Long.MAX_VALUE);
        Set<String> changed = new LinkedHashSet<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT TABLE_NAME, OBJECT_ID, CONTAINER_ID FROM " + SchemaManager.AUDIT //$NON-NLS-1$
                + " WHERE ID > ? AND ACTION <> 'BATCH' ORDER BY ID")) { //$NON-NLS-1$
            query.setLong(1, last);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    long container = rows.getLong(3);
                    boolean inside = !rows.wasNull() && touched.contains(container);
                    if (touched.contains(rows.getLong(2))) {
                        changed.add(rows.getString(1) + " #" + rows.getLong(2)); //$NON-NLS-1$
                    } else if (inside) {
                        changed.add(NLS.bind(Messages.Batch_inside, rows.getString(1) + " #" + rows.getLong(2), container)); //$NON-NLS-1$
                    }
                }
            }
        }
        if (!changed.isEmpty()) {
            List<String> named = new ArrayList<>(changed).subList(0, Math.min(NAMED, changed.size()));
            throw new StoreException(NLS.bind(Messages.Batch_changedSince, new Object[] { batch, changed.size(), String.join(", ", named) })); //$NON-NLS-1$
        }
    }

    private ClassTable table(AuditLog.Change change) throws StoreException {
        return mapping.tables().stream().filter(t -> t.qualifiedName().equals(change.table())).findFirst()
                .orElseThrow(() -> new StoreException(NLS.bind(Messages.Batch_unknownTable, change.table())));
    }

    private EObject object(DefaultSession session, AuditLog.Change change) throws StoreException {
        return session.get(table(change).eClass(), change.objectId());
    }

    /** Sets a column (or a list) back to the value the audit kept of it. */
    @SuppressWarnings("unchecked")
    private static void restore(DefaultSession session, EObject object, ClassTable table, String column, String text) throws StoreException {
        Optional<Column> single = table.columns().stream().filter(c -> c.name().equals(column)).findFirst();
        if (single.isPresent()) {
            Column target = single.get();
            if (target.kind() == Column.Kind.ATTRIBUTE) {
                Object value = Values.fromText(target.attribute(), text);
                if (value == null) {
                    object.eUnset(target.feature());
                } else {
                    object.eSet(target.feature(), value);
                }
            } else if (target.kind() == Column.Kind.REFERENCE) {
                object.eSet(target.feature(), text == null ? null : session.get(target.reference().getEReferenceType(), Long.parseLong(text)));
            }
            return;
        }
        for (ListTable list : table.listTables()) {
            if (list.name().equals(column)) {
                EList<Object> values = (EList<Object>) object.eGet(list.feature());
                values.clear();
                for (String item : items(text)) {
                    values.add(list.isReference() ? session.get(((EReference) list.feature()).getEReferenceType(), Long.parseLong(item))
                            : Values.fromText((EAttribute) list.feature(), item));
                }
            }
        }
    }

    /** The items of a list as the audit writes it: {@code [A, B]}. */
    private static List<String> items(String text) {
        if (text == null || text.length() <= 2) {
            return List.of();
        }
        return List.of(text.substring(1, text.length() - 1).split(", ")); //$NON-NLS-1$
    }
}

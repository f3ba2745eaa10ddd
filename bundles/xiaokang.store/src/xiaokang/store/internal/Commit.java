package xiaokang.store.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;

import xiaokang.store.ConflictException;
import xiaokang.store.BusyException;
import xiaokang.store.DuplicateValueException;
import xiaokang.store.StoreException;

/**
 * One commit (or flush) of a session: finds new, changed and removed objects, writes them in one
 * transaction (inserts batched per table, parents first), checks versions, writes the audit
 * trail, and only after the database commit (or the flush's writes) updates what the session knows.
 */
final class Commit {

    private final DefaultSession session;
    private final Map<EObject, Long> newIds = new LinkedHashMap<>();
    private final Map<EObject, Integer> newVersions = new HashMap<>();
    private final List<EObject> removed = new ArrayList<>();
    private final Set<Long> deletedIds = new HashSet<>();
    private final List<Referrers.Cleared> cleared = new ArrayList<>();
    private final AuditTrail audit;
    private final Timestamp at;
    /** The check of a township user's rows, empty for a user who may change the whole city. */
    private final Optional<OwnRows> own;
    /** Whether the transaction ends here; a flush leaves it open. */
    private final boolean ends;

    Commit(DefaultSession session, boolean ends) {
        this.session = session;
        this.ends = ends;
        this.at = session.flushedAt != null ? session.flushedAt : new Timestamp(System.currentTimeMillis());
        this.audit = new AuditTrail(session.user, at, session.batch, session.batchWritten);
        this.own = OwnRows.of(session.connection, session.mapping, session.user);
    }

    /** The stored objects to delete, by table. */
    private Map<ClassTable, Set<Long>> removedRows() {
        Map<ClassTable, Set<Long>> rows = new LinkedHashMap<>();
        for (EObject object : removed) {
            StoreState state = StoreState.of(object);
            if (state != null) {
                rows.computeIfAbsent(state.table, t -> new LinkedHashSet<>()).add(state.id);
            }
        }
        return rows;
    }

    private String label(ClassTable table, long id) {
        EObject object = session.identity.get(id);
        if (object == null) {
            object = newIds.entrySet().stream().filter(e -> e.getValue() == id).map(Map.Entry::getKey).findFirst().orElse(null);
        }
        return object != null ? session.label(object) : table.eClass().getName() + " #" + id; //$NON-NLS-1$
    }

    void run() throws StoreException {
        if (session.spoiled) {
            throw new StoreException(Messages.Session_spoiled);
        }
        try {
            collectNew();
            collectRemoved();
            auditInserts();
            // The inserts' audit rows go before the inserts: once a large insert has set indexes
            // aside (DDL), Derby reads its dictionary again for every row of a table with an
            // identity column, such as the audit's.
            audit.write(session.connection);
            insertNew();
            for (EObject object : List.copyOf(session.identity.values())) {
                if (!removed.contains(object)) {
                    update(object);
                }
            }
            if (own.isPresent()) {
                own.get().check(removedRows(), this::label);
            }
            deleteRemoved();
            if (own.isPresent()) {
                own.get().check(audit.written(), this::label);
            }
            audit.write(session.connection);
            if (ends) {
                session.connection.commit();
            }
        } catch (SQLException e) {
            rollback();
            String message = NLS.bind(Messages.Session_failed, DatabaseErrors.describe(e, session.database.description(), session.database.user()));
            if (DatabaseErrors.isDuplicate(e)) {
                throw new DuplicateValueException(message, e);
            }
            throw DatabaseErrors.isBusy(e) ? new BusyException(message, e) : new StoreException(message, e);
        } catch (OwnRows.Refused e) {
            rollback();
            own.get().audit(session.connection, e);
            throw e;
        } catch (StoreException | RuntimeException e) {
            rollback();
            throw e;
        }
        remember();
        session.batchWritten = audit.batchWritten() && !ends;
        session.flushedAt = ends ? null : at;
    }

    private void rollback() {
        // What earlier flushes wrote goes with the transaction; the session's objects say otherwise.
        session.spoiled = session.flushedAt != null;
        try {
            session.connection.rollback();
        } catch (SQLException e) {
            // The connection is broken; the transaction is gone with it.
        }
    }

    private void collectNew() throws SQLException {
        for (EObject root : session.newRoots) {
            addNewTree(root);
        }
        for (EObject object : List.copyOf(session.identity.values())) {
            for (EReference containment : object.eClass().getEAllContainments()) {
                for (EObject child : contents(object, containment)) {
                    addNewTree(child);
                }
            }
        }
    }

    private void addNewTree(EObject root) throws SQLException {
        if (StoreState.of(root) == null && !newIds.containsKey(root)) {
            newIds.put(root, session.ids.next());
            for (TreeIterator<EObject> contents = root.eAllContents(); contents.hasNext();) {
                EObject child = contents.next();
                if (StoreState.of(child) == null) {
                    newIds.put(child, session.ids.next());
                }
            }
        }
    }

    private void collectRemoved() {
        removed.addAll(session.deleted);
        for (EObject object : session.identity.values()) {
            StoreState state = StoreState.of(object);
            if (state == null || removed.contains(object)) {
                continue;
            }
            state.storedChildren.forEach((containment, childIds) -> {
                for (Long childId : childIds) {
                    EObject child = session.identity.get(childId);
                    if (child != null && child.eContainer() == null && !removed.contains(child)) {
                        removed.add(child);
                    }
                }
            });
        }
    }

    /** Every new object is one audit row with all its values (ids of new objects are known by now). */
    private void auditInserts() {
        for (Map.Entry<EObject, Long> entry : newIds.entrySet()) {
            EObject object = entry.getKey();
            session.mapping.table(object.eClass()).ifPresent(table -> audit.inserted(table, entry.getValue(),
                    idOf(object.eContainer()), RowText.of(values(object, table))));
        }
    }

    /** Column name to current value, many-valued features as lists under their feature's column name. */
    private Map<String, Object> values(EObject object, ClassTable table) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Column column : table.columns()) {
            if (column.kind() != Column.Kind.CONTAINER) {
                values.put(column.name(), currentValue(object, column));
            }
        }
        for (ListTable list : table.listTables()) {
            List<Object> items = currentList(object, list.feature());
            if (!items.isEmpty()) {
                values.put(list.name().substring(table.name().length() + 1), items);
            }
        }
        return values;
    }

    private void insertNew() throws SQLException {
        Map<ClassTable, List<EObject>> byTable = new LinkedHashMap<>();
        for (EObject object : newIds.keySet()) {
            ClassTable table = session.mapping.table(object.eClass())
                    .orElseThrow(() -> new IllegalArgumentException(object.eClass().getName() + " is not in a registered model")); //$NON-NLS-1$
            byTable.computeIfAbsent(table, t -> new ArrayList<>()).add(object);
        }
        for (ClassTable table : InsertOrder.of(byTable.keySet())) {
            insert(table, byTable.get(table));
        }
    }

    private void insert(ClassTable table, List<EObject> objects) throws SQLException {
        StringBuilder columns = new StringBuilder("ID, VERSION, POS"); //$NON-NLS-1$
        StringBuilder marks = new StringBuilder("?, 0, ?"); //$NON-NLS-1$
        for (Column column : table.columns()) {
            columns.append(", ").append(column.name()); //$NON-NLS-1$
            marks.append(", ?"); //$NON-NLS-1$
        }
        DeferredIndexes deferred = DeferredIndexes.setAside(session.connection, table.schema(), table.name(), objects.size());
        try (PreparedStatement insert = session.connection.prepareStatement(
                "INSERT INTO " + table.qualifiedName() + " (" + columns + ") VALUES (" + marks + ')')) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            Binder binder = new Binder(insert);
            for (EObject object : objects) {
                long id = newIds.get(object);
                insert.setLong(1, id);
                insert.setInt(2, position(object));
                int index = 3;
                for (Column column : table.columns()) {
                    binder.bind(index++, currentValue(object, column));
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
        deferred.rebuild();
        for (ListTable list : table.listTables()) {
            Map<Long, List<Object>> values = new LinkedHashMap<>();
            for (EObject object : objects) {
                values.put(newIds.get(object), currentList(object, list.feature()));
            }
            writeList(list, values, false);
        }
    }

    private void update(EObject object) throws SQLException, ConflictException {
        StoreState state = StoreState.of(object);
        Map<Column, Object> changed = new LinkedHashMap<>();
        for (Column column : state.table.columns()) {
            // An object links to its container through the column of the list it is in now.
            boolean current = column.kind() != Column.Kind.CONTAINER || object.eContainmentFeature() == column.feature();
            Object value = currentValue(object, column);
            if (current && !Objects.equals(value, storedValue(state, column))) {
                changed.put(column, value);
            }
        }
        Map<ListTable, List<Object>> changedLists = new LinkedHashMap<>();
        for (ListTable list : state.table.listTables()) {
            List<Object> values = currentList(object, list.feature());
            if (!values.equals(state.stored.get(list.feature()))) {
                changedLists.put(list, values);
            }
        }
        boolean moved = position(object) != state.position;
        if (changed.isEmpty() && changedLists.isEmpty() && !moved) {
            return;
        }
        StringBuilder set = new StringBuilder("VERSION = VERSION + 1, POS = ?"); //$NON-NLS-1$
        changed.keySet().forEach(c -> set.append(", ").append(c.name()).append(" = ?")); //$NON-NLS-1$ //$NON-NLS-2$
        try (PreparedStatement update = session.connection.prepareStatement(
                "UPDATE " + state.table.qualifiedName() + " SET " + set + " WHERE ID = ? AND VERSION = ?")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            Binder binder = new Binder(update);
            int index = 1;
            update.setInt(index++, position(object));
            for (Map.Entry<Column, Object> column : changed.entrySet()) {
                binder.bind(index++, column.getValue());
                audit.updated(state.table, state.id, state.containerId, column.getKey().name(), storedValue(state, column.getKey()),
                        column.getValue());
            }
            update.setLong(index++, state.id);
            update.setInt(index, state.version);
            if (update.executeUpdate() == 0) {
                throw conflict(object, state);
            }
        }
        for (Map.Entry<ListTable, List<Object>> list : changedLists.entrySet()) {
            audit.updated(state.table, state.id, state.containerId, list.getKey().name(), state.stored.get(list.getKey().feature()),
                    list.getValue());
            writeList(list.getKey(), Map.of(state.id, list.getValue()), true);
        }
        newVersions.put(object, state.version + 1);
    }

    /**
     * Reads every row that goes (the contents go by ON DELETE CASCADE, and the audit keeps each
     * row), releases what other rows refer to, then deletes and audits.
     */
    private void deleteRemoved() throws SQLException, StoreException {
        Map<EObject, List<SubtreeRows.Row>> going = new LinkedHashMap<>();
        Set<Long> goingIds = new HashSet<>();
        SubtreeRows subtrees = new SubtreeRows(session.connection, session.mapping);
        for (EObject object : removed) {
            StoreState state = StoreState.of(object);
            if (state != null && !goingIds.contains(state.id)) {
                List<SubtreeRows.Row> rows = subtrees.read(state.table, state.id);
                going.put(object, rows);
                rows.forEach(row -> goingIds.add(row.id()));
            }
        }
        if (going.isEmpty()) {
            return;
        }
        String what = going.keySet().stream().map(session::label).collect(Collectors.joining("、")); //$NON-NLS-1$
        Referrers referrers = new Referrers(session, audit);
        referrers.release(going.values().stream().flatMap(List::stream).toList(), goingIds, what);
        cleared.addAll(referrers.cleared());
        for (Map.Entry<EObject, List<SubtreeRows.Row>> object : going.entrySet()) {
            delete(object.getKey(), object.getValue());
        }
    }

    private void delete(EObject object, List<SubtreeRows.Row> rows) throws SQLException, ConflictException {
        StoreState state = StoreState.of(object);
        if (deletedIds.contains(state.id)) {
            return;
        }
        try (PreparedStatement delete = session.connection.prepareStatement(
                "DELETE FROM " + state.table.qualifiedName() + " WHERE ID = ? AND VERSION = ?")) { //$NON-NLS-1$ //$NON-NLS-2$
            delete.setLong(1, state.id);
            delete.setInt(2, state.version);
            if (delete.executeUpdate() == 0) {
                throw conflict(object, state);
            }
        }
        for (SubtreeRows.Row row : rows) {
            if (deletedIds.add(row.id())) {
                audit.deleted(row.table(), row.id(), row.containerId(), row.text());
            }
        }
    }

    private ConflictException conflict(EObject object, StoreState state) throws SQLException {
        boolean exists;
        try (PreparedStatement query = session.connection.prepareStatement(
                "SELECT 1 FROM " + state.table.qualifiedName() + " WHERE ID = ?")) { //$NON-NLS-1$ //$NON-NLS-2$
            query.setLong(1, state.id);
            exists = query.executeQuery().next();
        }
        String pattern = exists ? Messages.Session_conflictChanged : Messages.Session_conflictDeleted;
        return new ConflictException(NLS.bind(pattern, session.label(object)), object);
    }

    /** Writes the values of one list table for several owners with one batch. */
    private void writeList(ListTable list, Map<Long, List<Object>> valuesByOwner, boolean replace) throws SQLException {
        if (replace) {
            try (PreparedStatement delete = session.connection.prepareStatement(
                    "DELETE FROM " + list.qualifiedName() + " WHERE OWNER_ID = ?")) { //$NON-NLS-1$ //$NON-NLS-2$
                for (long owner : valuesByOwner.keySet()) {
                    delete.setLong(1, owner);
                    delete.addBatch();
                }
                delete.executeBatch();
            }
        }
        int rows = valuesByOwner.values().stream().mapToInt(List::size).sum();
        DeferredIndexes deferred = DeferredIndexes.setAside(session.connection, list.schema(), list.name(), rows);
        try (PreparedStatement insert = session.connection.prepareStatement("INSERT INTO " + list.qualifiedName() //$NON-NLS-1$
                + " (OWNER_ID, POS, " + list.valueColumn() + ") VALUES (?, ?, ?)")) { //$NON-NLS-1$ //$NON-NLS-2$
            Binder binder = new Binder(insert);
            for (Map.Entry<Long, List<Object>> owner : valuesByOwner.entrySet()) {
                List<Object> values = owner.getValue();
                for (int i = 0; i < values.size(); i++) {
                    insert.setLong(1, owner.getKey());
                    insert.setInt(2, i);
                    binder.bind(3, values.get(i));
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
        deferred.rebuild();
    }

    /** The value a column held when the object was loaded or last saved. */
    private static Object storedValue(StoreState state, Column column) {
        return column.kind() == Column.Kind.CONTAINER ? (Object) state.containerId : state.stored.get(column.feature());
    }

    /** The value a column should hold now: attribute value, id of the referenced or containing object. */
    private Object currentValue(EObject object, Column column) {
        return switch (column.kind()) {
            case ATTRIBUTE -> Values.toSql(column.attribute(), object.eGet(column.feature()));
            case REFERENCE -> idOf((EObject) object.eGet(column.feature()));
            case CONTAINER -> object.eContainmentFeature() == column.feature() ? idOf(object.eContainer()) : null;
        };
    }

    private List<Object> currentList(EObject object, EStructuralFeature feature) {
        List<Object> values = new ArrayList<>();
        for (Object value : (List<?>) object.eGet(feature)) {
            values.add(feature instanceof EReference ? idOf((EObject) value) : Values.toSql((EAttribute) feature, value));
        }
        return values;
    }

    /**
     * The place of an object in its containing list; 0 when it is not in a list. A stored object
     * loaded alone (by {@code get} or {@code find}, its container not loaded) keeps its stored place;
     * in a stored container's list that was not read, the objects go after the stored ones.
     */
    private int position(EObject object) throws SQLException {
        EReference containment = object.eContainmentFeature();
        if (containment == null) {
            StoreState state = StoreState.of(object);
            return state != null ? state.position : 0;
        }
        if (!containment.isMany()) {
            return 0;
        }
        EObject container = object.eContainer();
        return ((List<?>) container.eGet(containment)).indexOf(object) + appendAfter(container, containment);
    }

    private int appendAfter(EObject container, EReference containment) throws SQLException {
        StoreState state = StoreState.of(container);
        if (state == null || state.loadedContainments.contains(containment)) {
            return 0;
        }
        Integer known = state.appendAfter.get(containment);
        if (known != null) {
            return known;
        }
        int after = 0;
        for (ClassTable table : session.mapping.tablesFor(containment.getEReferenceType())) {
            try (PreparedStatement query = session.connection.prepareStatement("SELECT MAX(POS) FROM " + table.qualifiedName() //$NON-NLS-1$
                    + " WHERE " + table.containerColumn(containment).orElseThrow().name() + " = ?")) { //$NON-NLS-1$ //$NON-NLS-2$
                query.setLong(1, state.id);
                try (ResultSet rows = query.executeQuery()) {
                    if (rows.next() && rows.getObject(1) != null) {
                        after = Math.max(after, rows.getInt(1) + 1);
                    }
                }
            }
        }
        state.appendAfter.put(containment, after);
        return after;
    }

    private Long idOf(EObject object) {
        if (object == null) {
            return null;
        }
        StoreState state = StoreState.of(object);
        if (state != null) {
            return state.id;
        }
        Long id = newIds.get(object);
        if (id == null) {
            id = session.releasedId(object);
        }
        if (id == null) {
            throw new IllegalStateException(session.notStored(object));
        }
        return id;
    }

    private static List<EObject> contents(EObject object, EReference containment) {
        Object value = object.eGet(containment);
        if (value == null) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<EObject> list = containment.isMany() ? (List<EObject>) value : List.of((EObject) value);
        return list;
    }

    /** After the database committed: the session now knows the new rows, versions and values. */
    private void remember() {
        for (EObject object : removed) {
            session.forget(object);
            object.eAllContents().forEachRemaining(session::forget);
            // A deleted object leaves the list it was in, as it left the database.
            if (object.eContainer() != null) {
                EcoreUtil.remove(object);
            }
        }
        newVersions.forEach((object, version) -> StoreState.of(object).version = version);
        for (Referrers.Cleared reference : cleared) {
            EObject referrer = session.identity.get(reference.id());
            if (referrer != null) {
                referrer.eSet(reference.feature(), null);
                StoreState.of(referrer).version++;
            }
        }
        newIds.forEach((object, id) -> {
            StoreState state = new StoreState(id, session.mapping.table(object.eClass()).orElseThrow(), 0);
            object.eAdapters().add(state);
            session.identity.put(id, object);
            for (EReference containment : object.eClass().getEAllContainments()) {
                state.loadedContainments.add(containment);
            }
        });
        for (EObject object : session.identity.values()) {
            snapshot(object);
        }
        session.newRoots.clear();
        session.deleted.clear();
    }

    private void snapshot(EObject object) {
        StoreState state = StoreState.of(object);
        for (Column column : state.table.columns()) {
            if (column.kind() == Column.Kind.CONTAINER) {
                if (object.eContainmentFeature() == column.feature()) {
                    state.containerId = idOf(object.eContainer());
                }
            } else {
                state.stored.put(column.feature(), currentValue(object, column));
            }
        }
        try {
            state.position = position(object);
        } catch (SQLException e) {
            // Not reached: writing this commit asked each list's end, which is kept.
            throw new IllegalStateException(e);
        }
        for (ListTable list : state.table.listTables()) {
            state.stored.put(list.feature(), currentList(object, list.feature()));
        }
        for (EReference containment : state.loadedContainments) {
            state.storedChildren.put(containment, contents(object, containment).stream().map(this::idOf).toList());
        }
    }
}

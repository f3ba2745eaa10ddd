package xiaokang.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;

import xiaokang.store.Database;
import xiaokang.store.Session;
import xiaokang.store.StoreException;

/** Reads objects table by table and keeps one object per stored row (the identity map). */
public final class DefaultSession implements Session {

    final Database database;
    final Mapping mapping;
    final String user;
    final Connection connection;
    final Map<Long, EObject> identity = new HashMap<>();
    /** Released objects still referred to are kept alive by their referrers only. */
    private final Map<EObject, Long> released = new WeakHashMap<>();
    final List<EObject> newRoots = new ArrayList<>();
    final Set<EObject> deleted = new LinkedHashSet<>();
    final IdBlocks ids;
    AuditTrail.Batch batch;
    /** Whether the batch's own audit row is written in the open transaction. */
    boolean batchWritten;
    /** When the open transaction's first flush wrote: every audit row of one transaction has one time. */
    Timestamp flushedAt;
    /** Set when a write failed after a flush: the transaction, and what was flushed in it, is gone. */
    boolean spoiled;
    private static final int ID_CHUNK = 200;
    private static final List<Integer> ID_LENGTHS = List.of(1, 4, 16, 64, ID_CHUNK);

    public DefaultSession(Database database, Mapping mapping, String user) throws StoreException {
        this.database = database;
        this.mapping = mapping;
        this.user = user;
        this.connection = database.connect();
        this.ids = new IdBlocks(connection);
    }

    @Override
    public <T extends EObject> List<T> roots(EClass type) throws StoreException {
        List<T> roots = new ArrayList<>();
        for (ClassTable table : mapping.tablesFor(type)) {
            String noContainer = table.columns().stream().filter(c -> c.kind() == Column.Kind.CONTAINER)
                    .map(c -> c.name() + " IS NULL").collect(Collectors.joining(" AND ")); //$NON-NLS-1$ //$NON-NLS-2$
            roots.addAll(select(table, noContainer.isEmpty() ? "" : " WHERE " + noContainer, List.of())); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return roots;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T extends EObject> List<T> children(EObject parent, EReference reference) throws StoreException {
        StoreState state = StoreState.of(parent);
        if (state == null || !reference.isContainment()) {
            return reference.isMany() ? (List<T>) parent.eGet(reference) : List.of();
        }
        List<T> children = new ArrayList<>();
        for (ClassTable table : mapping.tablesFor(reference.getEReferenceType())) {
            Column link = table.containerColumn(reference).orElseThrow();
            children.addAll(select(table, " WHERE " + link.name() + " = ?", List.of(state.id))); //$NON-NLS-1$ //$NON-NLS-2$
        }
        children.sort((a, b) -> Integer.compare(StoreState.of(a).position, StoreState.of(b).position));
        if (!state.loadedContainments.contains(reference)) {
            if (reference.isMany()) {
                EList<EObject> list = (EList<EObject>) parent.eGet(reference);
                List<EObject> unsaved = list.stream().filter(o -> StoreState.of(o) == null).toList();
                list.clear();
                list.addAll(children);
                list.addAll(unsaved);
            } else if (!children.isEmpty()) {
                parent.eSet(reference, children.get(0));
            }
            state.markLoaded(reference, children.stream().map(c -> StoreState.of(c).id).toList());
        }
        return children;
    }

    @Override
    public <T extends EObject> List<T> find(EStructuralFeature feature, Object value) throws StoreException {
        Object sqlValue;
        if (feature instanceof EAttribute attribute) {
            sqlValue = Values.toSql(attribute, value);
        } else if (feature instanceof EReference reference && !reference.isMany() && !reference.isContainment()) {
            long target = id((EObject) value);
            if (target < 0) {
                return new ArrayList<>();
            }
            sqlValue = target;
        } else {
            throw new IllegalArgumentException(feature + " is neither an attribute nor a single reference"); //$NON-NLS-1$
        }
        List<T> found = new ArrayList<>();
        for (ClassTable table : mapping.tablesFor(feature.getEContainingClass())) {
            Column column = table.column(feature).orElseThrow(() -> new IllegalArgumentException(feature + " is not stored")); //$NON-NLS-1$
            found.addAll(select(table, " WHERE " + column.name() + " = ?", List.of(sqlValue))); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return found;
    }

    @Override
    public <T extends EObject> List<T> search(EClass type, String text, int limit) throws StoreException {
        String pattern = '%' + text.strip().replace("!", "!!").replace("%", "!%").replace("_", "!_") + '%'; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        List<T> found = new ArrayList<>();
        for (ClassTable table : mapping.tablesFor(type)) {
            if (found.size() >= limit) {
                break;
            }
            List<String> tests = new ArrayList<>();
            List<Object> parameters = new ArrayList<>();
            textColumns(table).forEach(column -> {
                tests.add(column + " LIKE ? ESCAPE '!'"); //$NON-NLS-1$
                parameters.add(pattern);
            });
            for (EReference containment : table.eClass().getEAllContainments()) {
                for (ClassTable child : mapping.tablesFor(containment.getEReferenceType())) {
                    List<String> columns = textColumns(child);
                    if (!columns.isEmpty()) {
                        tests.add("ID IN (SELECT " + child.containerColumn(containment).orElseThrow().name() + " FROM " //$NON-NLS-1$ //$NON-NLS-2$
                                + child.qualifiedName() + " WHERE " + columns.stream().map(c -> c + " LIKE ? ESCAPE '!'") //$NON-NLS-1$ //$NON-NLS-2$
                                        .collect(Collectors.joining(" OR ")) //$NON-NLS-1$
                                + ")"); //$NON-NLS-1$
                        columns.forEach(c -> parameters.add(pattern));
                    }
                }
            }
            String digits = text.strip();
            if (!digits.isEmpty() && digits.length() < 19 && digits.chars().allMatch(Character::isDigit)) {
                tests.add("ID = ?"); //$NON-NLS-1$
                parameters.add(Long.parseLong(digits));
            }
            String where = text.isBlank() || tests.isEmpty() ? "" : " WHERE " + String.join(" OR ", tests); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            found.addAll(select(table, where, parameters.subList(0, where.isEmpty() ? 0 : parameters.size()), limit - found.size()));
        }
        return found;
    }

    /** The columns of a table that hold single text values. */
    private static List<String> textColumns(ClassTable table) {
        return table.columns().stream()
                .filter(c -> c.kind() == Column.Kind.ATTRIBUTE && c.attribute().getEAttributeType().getInstanceClass() == String.class)
                .map(Column::name).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T extends EObject> T get(EClass type, long id) throws StoreException {
        load(type, List.of(id));
        return (T) identity.get(id);
    }

    @Override
    public long id(EObject object) {
        StoreState state = StoreState.of(object);
        return state == null ? -1 : state.id;
    }

    @Override
    public long containerId(EObject object) {
        StoreState state = StoreState.of(object);
        return state == null || state.containerId == 0 ? -1 : state.containerId;
    }

    @Override
    public String greatest(EAttribute attribute, String prefix) throws StoreException {
        String greatest = null;
        for (ClassTable table : mapping.tablesFor(attribute.getEContainingClass())) {
            Column column = table.column(attribute).orElseThrow(() -> new IllegalArgumentException(attribute + " is not stored")); //$NON-NLS-1$
            try (PreparedStatement query = connection.prepareStatement("SELECT MAX(" + column.name() + ") FROM " //$NON-NLS-1$ //$NON-NLS-2$
                    + table.qualifiedName() + " WHERE " + column.name() + " LIKE ? ESCAPE '!'")) { //$NON-NLS-1$ //$NON-NLS-2$
                query.setString(1, prefix.replace("!", "!!").replace("%", "!%").replace("_", "!_") + '%'); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                try (ResultSet rows = query.executeQuery()) {
                    String value = rows.next() ? rows.getString(1) : null;
                    if (value != null && (greatest == null || value.compareTo(greatest) > 0)) {
                        greatest = value;
                    }
                }
            } catch (SQLException e) {
                throw new StoreException(DatabaseErrors.describe(e, database.description(), database.user()), e);
            }
        }
        return greatest;
    }

    @Override
    public void add(EObject root) {
        newRoots.add(root);
    }

    @Override
    public void delete(EObject object) {
        deleted.add(object);
    }

    @Override
    public long batch(String kind, String description) throws StoreException {
        return batch(kind, null, description);
    }

    /** A batch that withdraws another: its audit row names the batch it undoes. */
    long batch(String kind, Long withdraws, String description) throws StoreException {
        try {
            batch = new AuditTrail.Batch(ids.next(), kind, withdraws, description);
            batchWritten = false;
        } catch (SQLException e) {
            throw new StoreException(DatabaseErrors.describe(e, database.description(), database.user()), e);
        }
        return batch.id();
    }

    @Override
    public void commit() throws StoreException {
        new Commit(this, true).run();
    }

    @Override
    public void flush() throws StoreException {
        new Commit(this, false).run();
    }

    @Override
    public void releaseChildren(EObject parent, EReference containment) {
        if (containment.isMany()) {
            @SuppressWarnings("unchecked")
            EList<EObject> children = (EList<EObject>) parent.eGet(containment);
            children.forEach(this::forgetTree);
            children.clear();
        } else if (parent.eGet(containment) instanceof EObject child) {
            forgetTree(child);
            parent.eSet(containment, null);
        }
        StoreState state = StoreState.of(parent);
        if (state != null) {
            state.markReleased(containment);
        }
    }

    @Override
    public void release(EObject object) {
        if (object.eContainer() != null) {
            throw new IllegalArgumentException(label(object) + " is in a list: release the list"); //$NON-NLS-1$
        }
        forgetTree(object);
        newRoots.remove(object);
    }

    private void forgetTree(EObject object) {
        release(StoreState.of(object), object);
        object.eAllContents().forEachRemaining(child -> release(StoreState.of(child), child));
    }

    private void release(StoreState state, EObject object) {
        if (state != null) {
            released.put(object, state.id);
        }
        forget(object);
    }

    /**
     * The stored id of an object this session has let go of, for a reference to it from an object
     * the session keeps (a warning's household); null when it let go of no such object.
     */
    Long releasedId(EObject object) {
        return released.get(object);
    }

    /** The object leaves the session: no longer known by its id, no longer written. */
    void forget(EObject object) {
        StoreState state = StoreState.of(object);
        if (state != null) {
            identity.remove(state.id);
            object.eAdapters().remove(state);
        }
        deleted.remove(object);
    }

    @Override
    public void close() throws StoreException {
        try {
            connection.rollback();
            connection.close();
        } catch (SQLException e) {
            throw new StoreException(DatabaseErrors.describe(e, database.description(), database.user()), e);
        }
    }

    /**
     * Rows of {@code table} matching {@code where}, in list order, as objects; rows already known
     * keep their object. The new objects' references and many-valued features are read with one
     * query per column or list table for all of them, not one per object.
     */
    <T extends EObject> List<T> select(ClassTable table, String where, List<Object> parameters) throws StoreException {
        return select(table, where, parameters, 0);
    }

    /** As {@link #select(ClassTable, String, List)}, the first {@code limit} rows only when it is positive. */
    @SuppressWarnings("unchecked")
    private <T extends EObject> List<T> select(ClassTable table, String where, List<Object> parameters, int limit) throws StoreException {
        List<T> objects = new ArrayList<>();
        List<EObject> created = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT * FROM " + table.qualifiedName() + where //$NON-NLS-1$
                + " ORDER BY POS, ID" + (limit > 0 ? " FETCH FIRST " + limit + " ROWS ONLY" : ""))) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            bind(query, parameters);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    long id = rows.getLong("ID"); //$NON-NLS-1$
                    EObject object = identity.get(id);
                    if (object == null) {
                        object = materialize(table, rows, id);
                        created.add(object);
                    }
                    objects.add((T) object);
                }
            }
            if (!created.isEmpty()) {
                readReferences(table, created);
                readLists(table, created);
            }
        } catch (SQLException e) {
            throw new StoreException(DatabaseErrors.describe(e, database.description(), database.user()), e);
        }
        return objects;
    }

    private EObject materialize(ClassTable table, ResultSet rows, long id) throws SQLException {
        EObject object = EcoreUtil.create(table.eClass());
        StoreState state = new StoreState(id, table, rows.getInt("VERSION")); //$NON-NLS-1$
        state.position = rows.getInt("POS"); //$NON-NLS-1$
        for (Column column : table.columns()) {
            switch (column.kind()) {
                case ATTRIBUTE -> {
                    Object value = Values.fromSql(column.attribute(), rows, column.name());
                    if (value != null) {
                        object.eSet(column.feature(), value);
                    }
                    state.stored.put(column.feature(), Values.toSql(column.attribute(), value));
                }
                case REFERENCE -> state.stored.put(column.feature(), nullableLong(rows, column.name()));
                case CONTAINER -> {
                    Long container = nullableLong(rows, column.name());
                    if (container != null) {
                        state.containerId = container;
                    }
                }
            }
        }
        object.eAdapters().add(state);
        identity.put(id, object);
        return object;
    }

    private static void bind(PreparedStatement query, List<Object> parameters) throws SQLException {
        Binder binder = new Binder(query);
        for (int i = 0; i < parameters.size(); i++) {
            binder.bind(i + 1, parameters.get(i));
        }
    }

    private void readReferences(ClassTable table, List<EObject> objects) throws StoreException {
        for (Column column : table.columns()) {
            if (column.kind() != Column.Kind.REFERENCE) {
                continue;
            }
            List<Long> targets = objects.stream().map(o -> StoreState.of(o).stored.get(column.feature()))
                    .filter(Long.class::isInstance).map(Long.class::cast).distinct().toList();
            load(column.reference().getEReferenceType(), targets);
            for (EObject object : objects) {
                if (StoreState.of(object).stored.get(column.feature()) instanceof Long target) {
                    object.eSet(column.feature(), identity.get(target));
                }
            }
        }
    }

    private void readLists(ClassTable table, List<EObject> objects) throws SQLException, StoreException {
        for (ListTable list : table.listTables()) {
            Map<Long, List<Object>> values = new HashMap<>();
            List<Long> owners = objects.stream().map(o -> StoreState.of(o).id).toList();
            // Explicit ids let Derby probe the (OWNER_ID, POS) key; a join or subquery scans the table.
            for (int from = 0; from < owners.size(); from += ID_CHUNK) {
                List<Object> chunk = padded(owners.subList(from, Math.min(owners.size(), from + ID_CHUNK)));
                try (PreparedStatement query = connection.prepareStatement("SELECT OWNER_ID, " + list.valueColumn() + " FROM " //$NON-NLS-1$ //$NON-NLS-2$
                        + list.qualifiedName() + " WHERE OWNER_ID IN (" + marks(chunk.size()) + ") ORDER BY OWNER_ID, POS")) { //$NON-NLS-1$ //$NON-NLS-2$
                    bind(query, chunk);
                    try (ResultSet rows = query.executeQuery()) {
                        while (rows.next()) {
                            values.computeIfAbsent(rows.getLong(1), id -> new ArrayList<>()).add(rows.getObject(2));
                        }
                    }
                }
            }
            if (list.isReference()) {
                load(((EReference) list.feature()).getEReferenceType(),
                        values.values().stream().flatMap(List::stream).map(v -> ((Number) v).longValue()).distinct().toList());
            }
            for (EObject object : objects) {
                StoreState state = StoreState.of(object);
                List<Object> stored = values.getOrDefault(state.id, List.of());
                state.stored.put(list.feature(), stored);
                @SuppressWarnings("unchecked")
                EList<Object> current = (EList<Object>) object.eGet(list.feature());
                for (Object value : stored) {
                    current.add(list.isReference() ? identity.get(((Number) value).longValue())
                            : Values.fromSql((EAttribute) list.feature(), value));
                }
            }
        }
    }

    /**
     * The ids, the last one repeated up to the next of a few list lengths: Derby compiles every
     * new statement text (5-20 ms each), and a township's villages would otherwise ask with as many
     * lengths as they have households.
     */
    private static List<Object> padded(List<Long> ids) {
        int length = ID_LENGTHS.stream().filter(l -> l >= ids.size()).findFirst().orElse(ids.size());
        List<Object> padded = new ArrayList<>(ids);
        while (padded.size() < length) {
            padded.add(ids.get(ids.size() - 1));
        }
        return padded;
    }

    private static String marks(int count) {
        return "?" + ", ?".repeat(count - 1); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** Makes sure the objects with these ids are loaded, in chunks of one query each. */
    private void load(EClass type, List<Long> ids) throws StoreException {
        List<Long> missing = ids.stream().filter(id -> !identity.containsKey(id)).toList();
        for (int from = 0; from < missing.size(); from += ID_CHUNK) {
            List<Object> chunk = padded(missing.subList(from, Math.min(missing.size(), from + ID_CHUNK)));
            for (ClassTable table : mapping.tablesFor(type)) {
                select(table, " WHERE ID IN (" + marks(chunk.size()) + ')', chunk); //$NON-NLS-1$
            }
        }
    }

    private static Long nullableLong(ResultSet rows, String column) throws SQLException {
        long value = rows.getLong(column);
        return rows.wasNull() ? null : value;
    }

    String label(EObject object) {
        for (String name : List.of("number", "name", "code", "idNumber")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            var feature = object.eClass().getEStructuralFeature(name);
            if (feature != null && object.eGet(feature) != null) {
                return object.eClass().getName() + ' ' + object.eGet(feature);
            }
        }
        return object.eClass().getName() + " #" + id(object); //$NON-NLS-1$
    }

    String notStored(EObject object) {
        return NLS.bind(Messages.Session_notStored, label(object));
    }
}

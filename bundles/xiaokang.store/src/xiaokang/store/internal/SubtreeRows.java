package xiaokang.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The stored rows of an object and of everything it contains, read from the database just before
 * a delete: {@code ON DELETE CASCADE} removes the contents without a word, and the audit must keep
 * every value of every row that goes.
 */
final class SubtreeRows {

    /** One row as the audit keeps it. */
    record Row(ClassTable table, long id, Long containerId, String text) {
    }

    private static final int CHUNK = 500;

    private final Connection connection;
    private final Mapping mapping;

    SubtreeRows(Connection connection, Mapping mapping) {
        this.connection = connection;
        this.mapping = mapping;
    }

    /** The object's row first, then its contents level by level. */
    List<Row> read(ClassTable table, long id) throws SQLException {
        List<Row> rows = new ArrayList<>(select(table, "ID", List.of(id))); //$NON-NLS-1$
        Map<ClassTable, List<Long>> level = Map.of(table, List.of(id));
        while (!level.isEmpty()) {
            Map<ClassTable, List<Long>> next = new LinkedHashMap<>();
            for (Map.Entry<ClassTable, List<Long>> parents : level.entrySet()) {
                for (ClassTable child : mapping.tables()) {
                    for (Column link : child.columns()) {
                        if (link.kind() == Column.Kind.CONTAINER
                                && link.reference().getEContainingClass().isSuperTypeOf(parents.getKey().eClass())) {
                            List<Row> children = select(child, link.name(), parents.getValue());
                            rows.addAll(children);
                            children.forEach(row -> next.computeIfAbsent(child, t -> new ArrayList<>()).add(row.id()));
                        }
                    }
                }
            }
            level = next;
        }
        return rows;
    }

    private List<Row> select(ClassTable table, String column, List<Long> ids) throws SQLException {
        List<Row> rows = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            Map<Long, Map<String, Object>> values = new LinkedHashMap<>();
            Map<Long, Long> containers = new HashMap<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT * FROM " + table.qualifiedName() + " WHERE " //$NON-NLS-1$ //$NON-NLS-2$
                    + column + " IN (" + marks(chunk.size()) + ") ORDER BY ID")) { //$NON-NLS-1$ //$NON-NLS-2$
                bind(query, chunk);
                try (ResultSet result = query.executeQuery()) {
                    while (result.next()) {
                        long id = result.getLong("ID"); //$NON-NLS-1$
                        Map<String, Object> row = new LinkedHashMap<>();
                        for (Column c : table.columns()) {
                            Object value = result.getObject(c.name());
                            if (c.kind() == Column.Kind.CONTAINER) {
                                if (value != null) {
                                    containers.put(id, ((Number) value).longValue());
                                }
                            } else {
                                row.put(c.name(), value);
                            }
                        }
                        values.put(id, row);
                    }
                }
            }
            readLists(table, values);
            values.forEach((id, row) -> rows.add(new Row(table, id, containers.get(id), RowText.of(row))));
        }
        return rows;
    }

    private void readLists(ClassTable table, Map<Long, Map<String, Object>> values) throws SQLException {
        if (values.isEmpty()) {
            return;
        }
        List<Long> owners = List.copyOf(values.keySet());
        for (ListTable list : table.listTables()) {
            String key = list.name().substring(table.name().length() + 1);
            try (PreparedStatement query = connection.prepareStatement("SELECT OWNER_ID, " + list.valueColumn() + " FROM " //$NON-NLS-1$ //$NON-NLS-2$
                    + list.qualifiedName() + " WHERE OWNER_ID IN (" + marks(owners.size()) + ") ORDER BY OWNER_ID, POS")) { //$NON-NLS-1$ //$NON-NLS-2$
                bind(query, owners);
                try (ResultSet result = query.executeQuery()) {
                    while (result.next()) {
                        @SuppressWarnings("unchecked")
                        List<Object> items = (List<Object>) values.get(result.getLong(1)).computeIfAbsent(key, k -> new ArrayList<>());
                        items.add(result.getObject(2));
                    }
                }
            }
        }
    }

    private static void bind(PreparedStatement query, List<Long> ids) throws SQLException {
        for (int i = 0; i < ids.size(); i++) {
            query.setLong(i + 1, ids.get(i));
        }
    }

    private static String marks(int count) {
        return "?" + ", ?".repeat(count - 1); //$NON-NLS-1$ //$NON-NLS-2$
    }
}

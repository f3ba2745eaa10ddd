package xiaokang.store.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Orders tables so that a row's container and referenced rows are inserted before it (foreign
 * keys are checked per statement). Tables in a reference cycle keep their given order.
 */
final class InsertOrder {

    private InsertOrder() {
    }

    static List<ClassTable> of(Collection<ClassTable> tables) {
        Set<ClassTable> ordered = new LinkedHashSet<>();
        Set<ClassTable> visiting = new LinkedHashSet<>();
        for (ClassTable table : tables) {
            visit(table, tables, ordered, visiting);
        }
        return new ArrayList<>(ordered);
    }

    private static void visit(ClassTable table, Collection<ClassTable> tables, Set<ClassTable> ordered, Set<ClassTable> visiting) {
        if (ordered.contains(table) || !visiting.add(table)) {
            return;
        }
        for (Column column : table.columns()) {
            if (column.target() != null && column.target() != table && tables.contains(column.target())) {
                visit(column.target(), tables, ordered, visiting);
            }
        }
        ordered.add(table);
    }
}

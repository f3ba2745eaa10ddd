package xiaokang.store.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * The table of one concrete class: {@code ID}, {@code VERSION} (optimistic lock), {@code POS}
 * (place in the containing list), then its columns; and the tables of its many-valued features.
 */
public final class ClassTable {

    private final EClass eClass;
    private final String schema;
    private final String name;
    private final List<Column> columns = new ArrayList<>();
    private final List<ListTable> listTables = new ArrayList<>();

    ClassTable(EClass eClass, String schema) {
        this.eClass = eClass;
        this.schema = schema;
        this.name = Names.sql(eClass.getName());
    }

    public EClass eClass() {
        return eClass;
    }

    public String schema() {
        return schema;
    }

    public String name() {
        return name;
    }

    public String qualifiedName() {
        return schema + '.' + name;
    }

    public List<Column> columns() {
        return columns;
    }

    public List<ListTable> listTables() {
        return listTables;
    }

    /** The column that links a child to its container through {@code containment}, if any. */
    public Optional<Column> containerColumn(EReference containment) {
        return columns.stream().filter(c -> c.kind() == Column.Kind.CONTAINER && c.feature() == containment).findFirst();
    }

    public Optional<Column> column(EStructuralFeature feature) {
        return columns.stream().filter(c -> c.kind() != Column.Kind.CONTAINER && c.feature() == feature).findFirst();
    }

    void add(Column column) {
        columns.add(column);
    }

    void add(ListTable table) {
        listTables.add(table);
    }

    @Override
    public String toString() {
        return qualifiedName();
    }
}

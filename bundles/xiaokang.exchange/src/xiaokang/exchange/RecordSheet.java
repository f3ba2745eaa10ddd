package xiaokang.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

import xiaokang.exchange.internal.Messages;

/**
 * The sheet of one class of an installed model, as the import reads it and the export and the
 * template write it: a column per stored attribute and reference, headed by the model's label
 * (either language is read), a column naming the container for a contained class (a household's
 * village), and the record's stored id (内部编号), which an export writes so that its rows read
 * back as updates.
 */
public final class RecordSheet {

    /** What a column holds. */
    public enum Kind {
        /** The stored id (内部编号) of a record already stored. */
        ID,
        /** The natural key of the object that contains the record. */
        CONTAINER,
        /** An attribute, or a reference by its target's natural key. */
        FEATURE
    }

    /** One column: its header in the user's language and every header it is read by. */
    public record Column(Kind kind, EStructuralFeature feature, String header, List<String> words) {

        /** Whether a new record needs a value in it. */
        public boolean isRequired() {
            return kind == Kind.CONTAINER || kind == Kind.FEATURE && feature.getLowerBound() > 0 && !isBoolean();
        }

        private boolean isBoolean() {
            return feature instanceof EAttribute attribute && attribute.getEAttributeType().getInstanceClass() == boolean.class;
        }
    }

    private static final int HEADER_MIN_COLUMNS = 2;

    private final EClass eClass;
    private final EReference containment;
    private final List<Column> columns;

    private RecordSheet(EClass eClass, EReference containment, List<Column> columns) {
        this.eClass = eClass;
        this.containment = containment;
        this.columns = List.copyOf(columns);
    }

    /** The sheet of {@code eClass}, one of the classes of {@code packages}. */
    public static RecordSheet of(EClass eClass, List<EPackage> packages, ModelLabels labels) {
        EReference containment = containment(eClass, packages);
        List<Column> columns = new ArrayList<>();
        columns.add(new Column(Kind.ID, null, Messages.Record_id, List.of(Messages.Record_id, "内部编号", "Record ID", "ID"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        if (containment != null) {
            List<String> words = new ArrayList<>(labels.words(containment.getEContainingClass()));
            if (containment.getEOpposite() != null) {
                words.addAll(labels.words(containment.getEOpposite()));
            }
            columns.add(new Column(Kind.CONTAINER, containment, labels.of(containment.getEContainingClass()), words));
        }
        for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
            if (isColumn(feature)) {
                columns.add(new Column(Kind.FEATURE, feature, labels.of(feature), labels.words(feature)));
            }
        }
        return new RecordSheet(eClass, containment, columns);
    }

    /**
     * The class that a name names: its name ({@code Cooperative}), qualified by its package's
     * prefix ({@code industry.Cooperative}), or its label in either language ({@code 合作社}).
     */
    public static Optional<EClass> find(String name, List<EPackage> packages, ModelLabels labels) {
        String key = Cells.headerKey(name);
        for (EClass eClass : classes(packages)) {
            if (key.equalsIgnoreCase(eClass.getName()) || key.equalsIgnoreCase(eClass.getEPackage().getNsPrefix() + '.' + eClass.getName())
                    || labels.words(eClass).stream().anyMatch(word -> Cells.headerKey(word).equalsIgnoreCase(key))) {
                return Optional.of(eClass);
            }
        }
        return Optional.empty();
    }

    /** Every class whose records can be imported and exported: the concrete classes of the models. */
    public static List<EClass> classes(List<EPackage> packages) {
        List<EClass> classes = new ArrayList<>();
        for (EPackage ePackage : packages) {
            for (EClassifier classifier : ePackage.getEClassifiers()) {
                if (classifier instanceof EClass eClass && !eClass.isAbstract() && !eClass.isInterface()) {
                    classes.add(eClass);
                }
            }
        }
        return classes;
    }

    /** A stored feature that is not a containment or its opposite: contained records have sheets of their own. */
    private static boolean isColumn(EStructuralFeature feature) {
        if (feature.isDerived() || feature.isTransient() || feature.isVolatile() || !feature.isChangeable()) {
            return false;
        }
        return !(feature instanceof EReference reference && (reference.isContainment() || reference.isContainer()));
    }

    /** The containment that holds records of the class, or null for a class whose records stand alone. */
    public static EReference containment(EClass eClass, List<EPackage> packages) {
        for (EClass owner : classes(packages)) {
            for (EReference reference : owner.getEAllContainments()) {
                if (reference.getEReferenceType().isSuperTypeOf(eClass)) {
                    return reference;
                }
            }
        }
        return null;
    }

    public EClass eClass() {
        return eClass;
    }

    /** The containment that holds the class's records, or null when they stand alone. */
    public EReference containment() {
        return containment;
    }

    public List<Column> columns() {
        return columns;
    }

    /** The column a header names, if any. */
    public Optional<Column> column(String header) {
        String key = Cells.headerKey(header);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        return columns.stream().filter(c -> c.words().stream().anyMatch(word -> Cells.headerKey(word).equalsIgnoreCase(key))).findFirst();
    }

    /** Whether a row is the sheet's header row: it names two of the class's columns (or its one). */
    public boolean isHeader(SheetRow row) {
        long named = row.cells().stream().map(this::column).flatMap(Optional::stream).distinct().count();
        return named >= Math.min(HEADER_MIN_COLUMNS, columns.size() - 1);
    }

    public List<String> headers() {
        return columns.stream().map(Column::header).toList();
    }
}

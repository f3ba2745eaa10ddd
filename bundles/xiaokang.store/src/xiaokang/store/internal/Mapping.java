package xiaokang.store.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * How the classes of the registered packages are laid out in tables, read from their EMF metadata
 * alone: one schema per package (its nsPrefix), one table per concrete class.
 */
public final class Mapping {

    private final List<EPackage> packages;
    private final Map<EClass, ClassTable> tables = new LinkedHashMap<>();
    private Places places;

    public Mapping(List<EPackage> packages) {
        this.packages = List.copyOf(packages);
        for (EPackage ePackage : packages) {
            for (EClassifier classifier : ePackage.getEClassifiers()) {
                if (classifier instanceof EClass eClass && !eClass.isAbstract() && !eClass.isInterface()) {
                    tables.put(eClass, new ClassTable(eClass, schema(ePackage)));
                }
            }
        }
        tables.values().forEach(this::addColumns);
    }

    public List<EPackage> packages() {
        return packages;
    }

    /** Where each table's rows are, for township users' views and commits. */
    public synchronized Places places() {
        if (places == null) {
            places = new Places(this);
        }
        return places;
    }

    /** The table named {@code qualifiedName} ({@code SCHEMA.TABLE}), if a model maps it. */
    public Optional<ClassTable> table(String qualifiedName) {
        return tables.values().stream().filter(t -> t.qualifiedName().equals(qualifiedName)).findFirst();
    }

    public static String schema(EPackage ePackage) {
        return Names.sql(ePackage.getNsPrefix());
    }

    public List<ClassTable> tables() {
        return List.copyOf(tables.values());
    }

    public List<ClassTable> tables(EPackage ePackage) {
        return tables.values().stream().filter(t -> t.eClass().getEPackage() == ePackage).toList();
    }

    public Optional<ClassTable> table(EClass eClass) {
        return Optional.ofNullable(tables.get(eClass));
    }

    /** The tables that can hold an object of {@code type}: its own and its subclasses'. */
    public List<ClassTable> tablesFor(EClass type) {
        return tables.values().stream().filter(t -> type.isSuperTypeOf(t.eClass())).toList();
    }

    /** Whether a feature is stored: derived, transient and container-side features are not. */
    static boolean isStored(EStructuralFeature feature) {
        if (feature.isDerived() || feature.isTransient() || feature.isVolatile()) {
            return false;
        }
        return !(feature instanceof EReference reference && reference.isContainer());
    }

    private void addColumns(ClassTable table) {
        for (EStructuralFeature feature : table.eClass().getEAllStructuralFeatures()) {
            if (!isStored(feature)) {
                continue;
            }
            if (feature instanceof EAttribute attribute) {
                if (attribute.isMany()) {
                    table.add(new ListTable(table.schema(), table.name() + '_' + Names.sql(feature.getName()), feature,
                            SqlTypes.of(attribute)));
                } else {
                    table.add(new Column(Names.sql(feature.getName()), SqlTypes.of(attribute), Column.Kind.ATTRIBUTE,
                            feature, null));
                }
            } else if (feature instanceof EReference reference && !reference.isContainment()) {
                if (reference.isMany()) {
                    table.add(new ListTable(table.schema(), table.name() + '_' + Names.sql(feature.getName()), feature,
                            "BIGINT")); //$NON-NLS-1$
                } else {
                    table.add(new Column(Names.sql(feature.getName()) + "_ID", "BIGINT", Column.Kind.REFERENCE, //$NON-NLS-1$ //$NON-NLS-2$
                            feature, soleTable(reference.getEReferenceType())));
                }
            }
        }
        addContainerColumns(table);
    }

    private void addContainerColumns(ClassTable child) {
        List<EReference> containments = new ArrayList<>();
        for (ClassTable owner : tables.values()) {
            for (EReference reference : owner.eClass().getEAllContainments()) {
                if (reference.getEReferenceType().isSuperTypeOf(child.eClass()) && !containments.contains(reference)) {
                    containments.add(reference);
                }
            }
        }
        for (EReference containment : containments) {
            String base = containment.getEOpposite() != null ? Names.sql(containment.getEOpposite().getName())
                    : Names.sql(containment.getEContainingClass().getName());
            boolean ambiguous = containments.stream().anyMatch(other -> other != containment
                    && Names.sql(other.getEContainingClass().getName()).equals(Names.sql(containment.getEContainingClass().getName())));
            String name = ambiguous ? base + '_' + Names.sql(containment.getName()) : base;
            child.add(new Column(name + "_ID", "BIGINT", Column.Kind.CONTAINER, containment, //$NON-NLS-1$ //$NON-NLS-2$
                    soleTable(containment.getEContainingClass())));
        }
    }

    /** The one table objects of {@code type} live in, or null when subclasses spread them over several. */
    private ClassTable soleTable(EClass type) {
        List<ClassTable> candidates = tablesFor(type);
        return candidates.size() == 1 ? candidates.get(0) : null;
    }
}

package xiaokang.store.internal;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * A column of a class table: a single-valued attribute, a single reference to another object
 * ({@code <REF>_ID}), or the link to the containing object ({@code <CONTAINER>_ID}).
 *
 * @param feature the attribute or reference; for a container link, the containing reference
 * @param target the table a reference or container link points to, or null when it may point to several
 */
public record Column(String name, String sqlType, Kind kind, EStructuralFeature feature, ClassTable target) {

    public enum Kind {
        ATTRIBUTE, REFERENCE, CONTAINER
    }

    public EAttribute attribute() {
        return (EAttribute) feature;
    }

    public EReference reference() {
        return (EReference) feature;
    }

    public boolean indexed() {
        return kind != Kind.ATTRIBUTE || "true".equals(StoreAnnotations.detail(feature, "index")); //$NON-NLS-1$ //$NON-NLS-2$
    }
}

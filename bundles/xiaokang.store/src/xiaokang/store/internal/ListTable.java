package xiaokang.store.internal;

import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * The table of a many-valued attribute ({@code OWNER_ID, POS, ITEM}) or of a many-valued
 * non-containment reference ({@code OWNER_ID, POS, TARGET_ID}).
 */
public record ListTable(String schema, String name, EStructuralFeature feature, String valueType) {

    public String qualifiedName() {
        return schema + '.' + name;
    }

    public boolean isReference() {
        return feature instanceof EReference;
    }

    public String valueColumn() {
        return isReference() ? "TARGET_ID" : "ITEM"; //$NON-NLS-1$ //$NON-NLS-2$
    }
}

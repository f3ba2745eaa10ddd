package xiaokang.store.internal;

import org.eclipse.emf.ecore.EModelElement;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.util.EcoreUtil;

/** The {@code http://xiaokang/store} annotations of a model: package version, indexes, lengths, delete rules. */
final class StoreAnnotations {

    static final String SOURCE = "http://xiaokang/store"; //$NON-NLS-1$

    private StoreAnnotations() {
    }

    static String detail(EModelElement element, String key) {
        return EcoreUtil.getAnnotation(element, SOURCE, key);
    }

    /**
     * Whether deleting the target of a single reference sets the reference to null
     * ({@code onDelete="setNull"}); by default such a delete is refused while anything refers to it.
     */
    static boolean setsNullOnDelete(EModelElement reference) {
        return "setNull".equals(detail(reference, "onDelete")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** Whether an attribute's value is unique across its table ({@code unique="true"}). */
    static boolean unique(EModelElement attribute) {
        return "true".equals(detail(attribute, "unique")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** The schema version a package declares; 1 when it declares none. */
    static int version(EPackage ePackage) {
        String version = detail(ePackage, "version"); //$NON-NLS-1$
        return version == null ? 1 : Integer.parseInt(version.trim());
    }
}

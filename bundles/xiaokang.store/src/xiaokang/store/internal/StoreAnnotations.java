package xiaokang.store.internal;

import org.eclipse.emf.ecore.EModelElement;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.util.EcoreUtil;

/** The {@code http://xiaokang/store} annotations of a model: package version, indexes, lengths. */
final class StoreAnnotations {

    static final String SOURCE = "http://xiaokang/store"; //$NON-NLS-1$

    private StoreAnnotations() {
    }

    static String detail(EModelElement element, String key) {
        return EcoreUtil.getAnnotation(element, SOURCE, key);
    }

    /** The schema version a package declares; 1 when it declares none. */
    static int version(EPackage ePackage) {
        String version = detail(ePackage, "version"); //$NON-NLS-1$
        return version == null ? 1 : Integer.parseInt(version.trim());
    }
}

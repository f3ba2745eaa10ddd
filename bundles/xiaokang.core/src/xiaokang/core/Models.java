package xiaokang.core;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.osgi.util.NLS;

/** The EPackages contributed to the {@code xiaokang.core.models} extension point, core first. */
public final class Models {

    public static final String EXTENSION_POINT = "xiaokang.core.models"; //$NON-NLS-1$

    private Models() {
    }

    public static List<EPackage> read(IExtensionRegistry registry) {
        List<EPackage> packages = new ArrayList<>();
        for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
            String nsURI = element.getAttribute("nsURI"); //$NON-NLS-1$
            EPackage ePackage = EPackage.Registry.INSTANCE.getEPackage(nsURI);
            if (ePackage == null) {
                ILog.of(Models.class).error(NLS.bind(Messages.Models_unknownPackage, nsURI, element.getContributor().getName()));
            } else if (!packages.contains(ePackage)) {
                packages.add(ePackage);
            }
        }
        packages.sort((a, b) -> Boolean.compare(!isCore(a), !isCore(b)));
        return packages;
    }

    private static boolean isCore(EPackage ePackage) {
        return xiaokang.core.model.CorePackage.eNS_URI.equals(ePackage.getNsURI());
    }
}

package xiaokang.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.osgi.util.NLS;

/** The rules contributed to the {@code xiaokang.core.rules} extension point. */
public final class Rules {

    public static final String EXTENSION_POINT = "xiaokang.core.rules"; //$NON-NLS-1$

    private Rules() {
    }

    /**
     * Reads every contributed rule. A contribution that names an unknown class or severity is
     * logged with its plug-in and left out, so one broken plug-in does not silence the others.
     */
    public static List<RuleDescriptor> read(IExtensionRegistry registry) {
        List<RuleDescriptor> rules = new ArrayList<>();
        for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
            try {
                rules.add(descriptor(element));
            } catch (CoreException | IllegalArgumentException | ClassCastException e) {
                ILog.of(Rules.class).error(NLS.bind(Messages.Rules_invalid, element.getAttribute("id"), //$NON-NLS-1$
                        element.getContributor().getName()), e);
            }
        }
        rules.sort(Comparator.comparing(RuleDescriptor::id));
        return rules;
    }

    private static RuleDescriptor descriptor(IConfigurationElement element) throws CoreException {
        EPackage ePackage = EPackage.Registry.INSTANCE.getEPackage(element.getAttribute("nsURI")); //$NON-NLS-1$
        if (ePackage == null) {
            throw new IllegalArgumentException("unknown package " + element.getAttribute("nsURI")); //$NON-NLS-1$ //$NON-NLS-2$
        }
        EClassifier target = ePackage.getEClassifier(element.getAttribute("target")); //$NON-NLS-1$
        if (!(target instanceof EClass)) {
            throw new IllegalArgumentException("unknown class " + element.getAttribute("target")); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return new RuleDescriptor(element.getAttribute("id"), //$NON-NLS-1$
                Severity.valueOf(element.getAttribute("severity")), (EClass) target, //$NON-NLS-1$
                element.getAttribute("message"), element.getAttribute("policy"), //$NON-NLS-1$ //$NON-NLS-2$
                (Rule) element.createExecutableExtension("class")); //$NON-NLS-1$
    }
}

package xiaokang.reports;

import java.net.URL;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Bundle;

import xiaokang.reports.internal.Messages;

/**
 * The reports contributed through {@code xiaokang.reports.reports}, sorted by category and name.
 * A contribution whose id is not namespaced by its plug-in's short name, or whose design is
 * missing, is logged with its plug-in and left out.
 */
public final class ReportCatalog {

    public static final String EXTENSION_POINT = "xiaokang.reports.reports"; //$NON-NLS-1$

    /** The bundle of the core reports, whose ids carry no namespace. */
    private static final String CORE_CONTRIBUTOR = "xiaokang.reports"; //$NON-NLS-1$

    private final List<ReportDescriptor> reports;

    private ReportCatalog(List<ReportDescriptor> reports) {
        this.reports = List.copyOf(reports);
    }

    public static ReportCatalog read(IExtensionRegistry registry) {
        List<ReportDescriptor> reports = new ArrayList<>();
        for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
            String id = element.getAttribute("id"); //$NON-NLS-1$
            String contributor = element.getContributor().getName();
            try {
                reports.add(descriptor(element, id, contributor));
            } catch (IllegalArgumentException e) {
                ILog.of(ReportCatalog.class).error(NLS.bind(Messages.ReportCatalog_invalid,
                        new Object[] { id, contributor, e.getMessage() }));
            }
        }
        reports.sort(Comparator.comparing(ReportDescriptor::category).thenComparing(ReportDescriptor::id));
        return new ReportCatalog(reports);
    }

    private static ReportDescriptor descriptor(IConfigurationElement element, String id, String contributor) {
        if (!CORE_CONTRIBUTOR.equals(contributor) && !id.startsWith(shortName(contributor) + '.')) {
            throw new IllegalArgumentException(NLS.bind(Messages.ReportCatalog_namespace, shortName(contributor)));
        }
        Bundle bundle = Platform.getBundle(contributor);
        String design = element.getAttribute("design"); //$NON-NLS-1$
        URL url = bundle == null ? null : FileLocator.find(bundle, IPath.fromPortableString(design));
        if (url == null) {
            throw new IllegalArgumentException(NLS.bind(Messages.ReportCatalog_noDesign, design));
        }
        return new ReportDescriptor(id, element.getAttribute("name"), //$NON-NLS-1$
                element.getAttribute("category"), valueOrEmpty(element.getAttribute("description")), url, //$NON-NLS-1$ //$NON-NLS-2$
                contributor);
    }

    /** {@code xiaokang.supervision} -> {@code supervision}; {@code cn.shaodong.education} -> {@code education}. */
    public static String shortName(String bundleName) {
        return bundleName.substring(bundleName.lastIndexOf('.') + 1);
    }

    private static String valueOrEmpty(String text) {
        return text == null ? "" : text; //$NON-NLS-1$
    }

    public List<ReportDescriptor> all() {
        return reports;
    }

    public Optional<ReportDescriptor> find(String id) {
        return reports.stream().filter(report -> report.id().equals(id)).findFirst();
    }
}

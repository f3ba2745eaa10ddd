package xiaokang.reports;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.osgi.util.NLS;

import xiaokang.reports.internal.Messages;

/**
 * The indicators contributed through {@code xiaokang.reports.indicators}, in contribution order
 * (the core's first). A contribution with a bad id or no query is logged and left out.
 */
public final class IndicatorCatalog {

    public static final String EXTENSION_POINT = "xiaokang.reports.indicators"; //$NON-NLS-1$

    private static final String CORE_CONTRIBUTOR = "xiaokang.reports"; //$NON-NLS-1$

    private IndicatorCatalog() {
    }

    public static List<IndicatorDescriptor> read(IExtensionRegistry registry) {
        List<IndicatorDescriptor> indicators = new ArrayList<>();
        for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
            String id = element.getAttribute("id"); //$NON-NLS-1$
            String contributor = element.getContributor().getName();
            try {
                indicators.add(descriptor(element, id, contributor));
            } catch (IllegalArgumentException e) {
                ILog.of(IndicatorCatalog.class).error(NLS.bind(Messages.IndicatorCatalog_invalid,
                        new Object[] { id, contributor, e.getMessage() }));
            }
        }
        return indicators;
    }

    private static IndicatorDescriptor descriptor(IConfigurationElement element, String id, String contributor) {
        if (!CORE_CONTRIBUTOR.equals(contributor) && !id.startsWith(ReportCatalog.shortName(contributor) + '.')) {
            throw new IllegalArgumentException(
                    NLS.bind(Messages.ReportCatalog_namespace, ReportCatalog.shortName(contributor)));
        }
        Map<IndicatorLevel, String> queries = new EnumMap<>(IndicatorLevel.class);
        for (IndicatorLevel level : IndicatorLevel.values()) {
            for (IConfigurationElement query : element.getChildren(level.elementName())) {
                queries.put(level, query.getValue().trim());
            }
        }
        if (queries.isEmpty()) {
            throw new IllegalArgumentException(Messages.IndicatorCatalog_noQuery);
        }
        String decimals = element.getAttribute("decimals"); //$NON-NLS-1$
        return new IndicatorDescriptor(id, element.getAttribute("name"), element.getAttribute("unit"), //$NON-NLS-1$ //$NON-NLS-2$
                decimals == null ? 0 : Integer.parseInt(decimals), queries, contributor);
    }
}

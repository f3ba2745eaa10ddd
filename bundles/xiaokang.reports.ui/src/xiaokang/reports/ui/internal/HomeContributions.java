package xiaokang.reports.ui.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;

/** What the installed plug-ins put on the home page ({@code xiaokang.reports.ui.home}). */
record HomeContributions(List<String> figures, List<Task> tasks, List<String> links) {

    static final String EXTENSION_POINT = "xiaokang.reports.ui.home"; //$NON-NLS-1$
    /** The city's own figures come first, then the plug-ins' in the order of their ids. */
    private static final String OWN = "xiaokang.reports.ui"; //$NON-NLS-1$

    /** An indicator counting what needs doing, and the view where it is done. */
    record Task(String indicator, String view) {
    }

    static HomeContributions read(IExtensionRegistry registry) {
        List<String> figures = new ArrayList<>();
        List<Task> tasks = new ArrayList<>();
        List<String> links = new ArrayList<>();
        List<IConfigurationElement> elements = new ArrayList<>(List.of(registry.getConfigurationElementsFor(EXTENSION_POINT)));
        elements.sort(Comparator.comparing((IConfigurationElement element) -> !OWN.equals(element.getContributor().getName()))
                .thenComparing(element -> element.getContributor().getName()));
        for (IConfigurationElement element : elements) {
            switch (element.getName()) {
                case "figure" -> figures.add(element.getAttribute("indicator")); //$NON-NLS-1$ //$NON-NLS-2$
                case "task" -> tasks.add(new Task(element.getAttribute("indicator"), element.getAttribute("view"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                case "link" -> links.add(element.getAttribute("view")); //$NON-NLS-1$ //$NON-NLS-2$
                default -> {
                    // an element of a later version of the schema
                }
            }
        }
        return new HomeContributions(figures, tasks, links);
    }
}

package xiaokang.core.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.osgi.util.NLS;

/** The generators contributed to {@code xiaokang.core.demoData}, each after those it requires. */
public final class DemoGenerators {

    public static final String EXTENSION_POINT = "xiaokang.core.demoData"; //$NON-NLS-1$

    /** A contributed generator: its id, the ids it must run after, and the generator. */
    public record Entry(String id, List<String> requires, DemoDataGenerator generator) {
    }

    private DemoGenerators() {
    }

    public static List<Entry> read(IExtensionRegistry registry) throws CoreException {
        Map<String, Entry> byId = new LinkedHashMap<>();
        for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
            String requires = element.getAttribute("requires"); //$NON-NLS-1$
            List<String> ids = requires == null || requires.isBlank() ? List.of() : List.of(requires.trim().split("\\s*,\\s*")); //$NON-NLS-1$
            byId.put(element.getAttribute("id"), new Entry(element.getAttribute("id"), ids, //$NON-NLS-1$ //$NON-NLS-2$
                    (DemoDataGenerator) element.createExecutableExtension("class"))); //$NON-NLS-1$
        }
        return inDependencyOrder(byId);
    }

    /** Orders entries so that each comes after everything it requires; a cycle or unknown id is refused. */
    public static List<Entry> inDependencyOrder(Map<String, Entry> byId) {
        List<Entry> ordered = new ArrayList<>();
        List<String> visiting = new ArrayList<>();
        for (String id : byId.keySet()) {
            visit(id, byId, ordered, visiting);
        }
        return ordered;
    }

    private static void visit(String id, Map<String, Entry> byId, List<Entry> ordered, List<String> visiting) {
        Entry entry = byId.get(id);
        if (entry == null) {
            throw new IllegalArgumentException(NLS.bind(Messages.DemoGenerators_unknown, id));
        }
        if (ordered.contains(entry)) {
            return;
        }
        if (visiting.contains(id)) {
            throw new IllegalArgumentException(NLS.bind(Messages.DemoGenerators_cycle, String.join(" -> ", visiting), id)); //$NON-NLS-1$
        }
        visiting.add(id);
        for (String required : entry.requires()) {
            visit(required, byId, ordered, visiting);
        }
        visiting.remove(id);
        ordered.add(entry);
    }
}

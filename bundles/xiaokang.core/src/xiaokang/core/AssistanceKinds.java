package xiaokang.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;

/** The kinds of assistance a household can receive, contributed to {@code xiaokang.core.assistanceKinds}. */
public final class AssistanceKinds {

    public static final String EXTENSION_POINT = "xiaokang.core.assistanceKinds"; //$NON-NLS-1$

    /** A kind: its stable id (stored in {@code AssistanceMeasure.kind}) and its name in the user's language. */
    public record Kind(String id, String name, String description) {
    }

    private AssistanceKinds() {
    }

    public static List<Kind> read(IExtensionRegistry registry) {
        List<Kind> kinds = new ArrayList<>();
        for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
            kinds.add(new Kind(element.getAttribute("id"), element.getAttribute("name"), //$NON-NLS-1$ //$NON-NLS-2$
                    element.getAttribute("description"))); //$NON-NLS-1$
        }
        kinds.sort(Comparator.comparing(Kind::id));
        return kinds;
    }
}

package xiaokang.core.ui;

import java.util.Optional;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

import xiaokang.data.TimingLog;

/**
 * Which editor a stored record opens in: the one its plug-in registers for its class through the
 * {@code xiaokang.core.ui.recordEditors} extension point (a record with a lifecycle), else the
 * generic form ({@link ObjectEditor}).
 */
public final class RecordEditors {

    public static final String EXTENSION_POINT = "xiaokang.core.ui.recordEditors"; //$NON-NLS-1$

    private RecordEditors() {
    }

    private static Optional<IConfigurationElement> registered(EClass type) {
        for (IConfigurationElement element : Platform.getExtensionRegistry().getConfigurationElementsFor(EXTENSION_POINT)) {
            if (type.getName().equals(element.getAttribute("class")) //$NON-NLS-1$
                    && type.getEPackage().getNsURI().equals(element.getAttribute("nsURI"))) { //$NON-NLS-1$
                return Optional.of(element);
            }
        }
        return Optional.empty();
    }

    /** The id of the editor a stored record of {@code type} opens in. */
    public static String editorId(EClass type) {
        return registered(type).map(element -> element.getAttribute("editorId")).orElse(ObjectEditor.ID); //$NON-NLS-1$
    }

    /** Whether lists offer 新建… for the class (its plug-in may make its records elsewhere). */
    public static boolean creatable(EClass type) {
        return registered(type).map(element -> !"false".equals(element.getAttribute("create"))).orElse(true); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** Opens (or brings to front) a stored record in its editor. */
    public static IEditorPart open(IWorkbenchPage page, StoredObjectInput input) throws PartInitException {
        long start = TimingLog.start();
        IEditorPart editor = page.openEditor(input, editorId(input.type()));
        TimingLog.record("open-form", input.type().getName(), start); //$NON-NLS-1$
        return editor;
    }
}

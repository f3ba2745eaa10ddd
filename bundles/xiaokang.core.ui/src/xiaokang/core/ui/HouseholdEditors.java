package xiaokang.core.ui;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

import xiaokang.core.model.CorePackage;
import xiaokang.core.ui.internal.HouseholdEditor;
import xiaokang.data.TimingLog;
import xiaokang.store.Store;

/** Opens the household editor from any plug-in's view or editor (a problem's household, a link's household...). */
public final class HouseholdEditors {

    private HouseholdEditors() {
    }

    /**
     * Opens (or brings to front) the editor of the stored household {@code id}.
     *
     * @param label the editor's tab title, e.g. the household number and its head
     */
    public static IEditorPart open(IWorkbenchPage page, Store store, long id, String label) throws PartInitException {
        long start = TimingLog.start();
        IEditorPart editor = page.openEditor(new StoredObjectInput(store, CorePackage.Literals.HOUSEHOLD, id, label), HouseholdEditor.ID);
        TimingLog.record("open-household", label, start); //$NON-NLS-1$
        return editor;
    }
}

package xiaokang.exchange.ui.internal;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchWindow;

import xiaokang.data.WorkbenchStore;

/** The workbench's database as a window offers it; when the product lacks it, the user is told. */
final class WindowDatabase {

    private WindowDatabase() {
    }

    /** The service, or null after a message titled {@code title} saying it is missing. */
    static WorkbenchStore of(IWorkbenchWindow window, String title) {
        WorkbenchStore database = window.getService(WorkbenchStore.class);
        if (database == null) {
            MessageDialog.openError(window.getShell(), title, Messages.Database_missing);
        }
        return database;
    }
}

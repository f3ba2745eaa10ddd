package xiaokang.exchange.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

import xiaokang.data.WorkbenchStore;

/** File ▸ 导入…: the import wizard on the workbench's database. */
public final class ImportHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        WorkbenchStore database = WindowDatabase.of(window, Messages.Import_title);
        if (database == null) {
            return null;
        }
        WizardDialog dialog = new WizardDialog(window.getShell(), new ImportWizard(database));
        dialog.setPageSize(760, 460);
        dialog.open();
        return null;
    }
}

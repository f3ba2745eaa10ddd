package xiaokang.exchange.ui.internal;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

import xiaokang.data.WorkbenchStore;
import xiaokang.exchange.RecordExport;
import xiaokang.exchange.RegistryExport;

/** File ▸ 导出…: the person list or a class's records, of the city or one township, masked or not, in a job. */
public final class ExportHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        WorkbenchStore database = WindowDatabase.of(window, Messages.Export_title);
        if (database == null) {
            return null;
        }
        ExportDialog dialog = new ExportDialog(window.getShell());
        if (dialog.open() != ExportDialog.OK) {
            return null;
        }
        Path out = dialog.file();
        String township = dialog.township();
        boolean mask = dialog.mask();
        EClass eClass = dialog.eClass();
        Shell shell = window.getShell();
        Job job = Job.create(NLS.bind(Messages.Export_job, out.getFileName()), monitor -> {
            try {
                int rows = eClass == null ? RegistryExport.write(database.store(), out, township, mask, monitor)
                        : RecordExport.write(database.store(), dialog.installed().packages(), dialog.installed().labels(), eClass, out, township, mask,
                                monitor);
                Display.getDefault().asyncExec(() -> MessageDialog.openInformation(shell, Messages.Export_title,
                        NLS.bind(Messages.Export_done, rows, out)));
                return Status.OK_STATUS;
            } catch (OperationCanceledException e) {
                return Status.CANCEL_STATUS;
            } catch (Exception e) {
                return Status.error(NLS.bind(Messages.Export_failed, e.getMessage()), e);
            }
        });
        job.setUser(true);
        job.schedule();
        return null;
    }
}

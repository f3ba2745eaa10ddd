package xiaokang.exchange.ui.internal;

import java.nio.file.Path;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

import xiaokang.data.WorkbenchStore;
import xiaokang.exchange.ImportResult;

/**
 * File ▸ 导入…: the file and how to read it, then a dry run (what it holds, the places and
 * households it creates, each value it changes, every error with its row and column); the import
 * itself runs in a job with progress and cancel, and writes all or nothing.
 */
public final class ImportWizard extends Wizard {

    private final WorkbenchStore database;
    private final ImportFilePage filePage = new ImportFilePage();
    private final ImportCheckPage checkPage;
    private Job importing;

    public ImportWizard(WorkbenchStore database) {
        this.database = database;
        this.checkPage = new ImportCheckPage(database, filePage);
        setWindowTitle(Messages.Import_title);
        setNeedsProgressMonitor(true);
    }

    @Override
    public void addPages() {
        addPage(filePage);
        addPage(checkPage);
    }

    @Override
    public boolean canFinish() {
        return getContainer().getCurrentPage() == checkPage && checkPage.isPageComplete();
    }

    @Override
    public boolean performFinish() {
        ImportRun run = checkPage.run();
        Path file = run.file();
        Shell shell = getShell().getParent() instanceof Shell parent ? parent : null;
        Job job = Job.create(NLS.bind(Messages.Import_job, file.getFileName()), monitor -> {
            SubMonitor progress = SubMonitor.convert(monitor, 10);
            try {
                ImportResult result = run.run(database.store(), false, progress.split(10));
                report(shell, run, result);
                return Status.OK_STATUS;
            } catch (org.eclipse.core.runtime.OperationCanceledException e) {
                return Status.CANCEL_STATUS;
            } catch (Exception e) {
                return Status.error(NLS.bind(Messages.Import_failed, e.getMessage()), e);
            }
        });
        job.setUser(true);
        job.schedule();
        importing = job;
        return true;
    }

    /** What the import did, in a dialog that does not hold the workbench up while it waits for OK. */
    private static void report(Shell shell, ImportRun run, ImportResult result) {
        Display.getDefault().asyncExec(() -> {
            boolean failed = result.hasProblems();
            String message = failed ? NLS.bind(Messages.Import_rejected, result.problems().size(), result.problems().get(0))
                    : run.isRegistry()
                            ? NLS.bind(Messages.Import_done, new Object[] { result.newRecords(), result.newPeople(), result.updatedRecords(),
                                    result.changes().size(), result.batch() })
                            : NLS.bind(Messages.Import_doneRecords, new Object[] { run.labels().of(run.eClass()), result.newRecords(),
                                    result.updatedRecords(), result.changes().size(), result.batch() });
            MessageDialog dialog = new MessageDialog(shell, Messages.Import_title, null, message,
                    failed ? MessageDialog.ERROR : MessageDialog.INFORMATION, 0, org.eclipse.jface.dialogs.IDialogConstants.OK_LABEL);
            dialog.setBlockOnOpen(false);
            dialog.open();
        });
    }

    /** The import's job once the wizard has finished, else null. */
    public Job importing() {
        return importing;
    }
}

package xiaokang.exchange.ui.internal;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;

import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TabFolder;

import xiaokang.data.WorkbenchStore;
import xiaokang.edit.ui.RecordTables;
import xiaokang.exchange.ErrorSheet;
import xiaokang.exchange.ImportProblem;
import xiaokang.exchange.ImportResult;

/**
 * The wizard's dry run: what the list holds, the places and households it creates, each value it
 * changes (old and new), every error with its sheet, row and column. The import can finish only
 * when there is no error; the errors can be saved as the sheet with a 错误 column.
 */
final class ImportCheckPage extends WizardPage {

    private final WorkbenchStore database;
    private final ImportFilePage filePage;
    private Label summary;
    private TabFolder tabs;
    private TableViewer problems;
    private TableViewer changes;
    private TableViewer places;
    private Button saveErrors;
    private ImportResult result;
    private ImportRun run;

    ImportCheckPage(WorkbenchStore database, ImportFilePage filePage) {
        super("check"); //$NON-NLS-1$
        this.database = database;
        this.filePage = filePage;
        setTitle(Messages.CheckPage_title);
        setDescription(Messages.CheckPage_description);
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
        summary = new Label(area, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(summary);
        saveErrors = new Button(area, SWT.PUSH);
        saveErrors.setText(Messages.CheckPage_saveErrors);
        saveErrors.setEnabled(false);
        saveErrors.addListener(SWT.Selection, e -> saveErrors());
        tabs = new TabFolder(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(tabs);
        problems = RecordTables.create(RecordTables.tab(tabs, Messages.CheckPage_problems), SWT.DEFAULT);
        RecordTables.column(problems, Messages.Column_sheet, 90, ImportProblem.class, ImportProblem::sheet);
        RecordTables.column(problems, Messages.Column_row, 50, ImportProblem.class, p -> p.row() == 0 ? "" : String.valueOf(p.row()), //$NON-NLS-1$
                ImportProblem::row);
        RecordTables.column(problems, Messages.Column_column, 110, ImportProblem.class, ImportProblem::column);
        RecordTables.column(problems, Messages.Column_problem, 480, ImportProblem.class, ImportProblem::message);
        changes = RecordTables.create(RecordTables.tab(tabs, Messages.CheckPage_changes), SWT.DEFAULT);
        RecordTables.column(changes, Messages.Column_household, 110, ImportResult.Change.class, ImportResult.Change::record);
        RecordTables.column(changes, Messages.Column_person, 80, ImportResult.Change.class, c -> c.person() == null ? "" : c.person()); //$NON-NLS-1$
        RecordTables.column(changes, Messages.Column_column, 110, ImportResult.Change.class, ImportResult.Change::column);
        RecordTables.column(changes, Messages.Column_before, 150, ImportResult.Change.class, ImportResult.Change::before);
        RecordTables.column(changes, Messages.Column_after, 150, ImportResult.Change.class, ImportResult.Change::after);
        places = RecordTables.create(RecordTables.tab(tabs, Messages.CheckPage_places), SWT.DEFAULT);
        RecordTables.column(places, Messages.Column_place, 500, String.class, place -> place);
        setControl(area);
    }

    @Override
    public void setVisible(boolean visible) {
        super.setVisible(visible);
        if (visible) {
            check();
        }
    }

    /** Runs the dry run with the wizard's progress bar (cancel stops it). */
    private void check() {
        result = null;
        setPageComplete(false);
        Path file = filePage.file();
        try {
            run = filePage.run();
            getContainer().run(true, true, monitor -> {
                try {
                    result = run.run(database.store(), true, SubMonitor.convert(monitor));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw e;
                } catch (Exception e) {
                    throw new InvocationTargetException(e);
                }
            });
        } catch (IOException e) {
            setErrorMessage(e.getMessage());
            return;
        } catch (InvocationTargetException e) {
            setErrorMessage(e.getCause().getMessage());
            return;
        } catch (InterruptedException e) {
            setErrorMessage(Messages.CheckPage_cancelled);
            return;
        }
        show(file);
    }

    private void show(Path file) {
        summary.setText(run.isRegistry()
                ? NLS.bind(Messages.CheckPage_summary, new Object[] { file.getFileName(), result.format(), result.rows(), result.records(),
                        result.people(), result.newPlaces().size(), result.newRecords(), result.newPeople(), result.updatedRecords(),
                        result.changes().size() })
                : NLS.bind(Messages.CheckPage_summaryRecords, new Object[] { file.getFileName(), result.format(), result.rows(),
                        run.labels().of(run.eClass()), result.newRecords(), result.updatedRecords(), result.changes().size() }));
        problems.setInput(result.problems());
        changes.setInput(result.changes());
        places.setInput(result.newPlaces());
        tabs.getItem(0).setText(NLS.bind(Messages.CheckPage_problemsCount, result.problems().size()));
        tabs.getItem(1).setText(NLS.bind(Messages.CheckPage_changesCount, result.changes().size()));
        tabs.getItem(2).setText(NLS.bind(Messages.CheckPage_placesCount, result.newPlaces().size()));
        tabs.setSelection(result.hasProblems() || result.changes().isEmpty() ? 0 : 1);
        saveErrors.setEnabled(result.hasProblems());
        summary.getParent().layout(true, true);
        if (result.hasProblems()) {
            setErrorMessage(NLS.bind(Messages.CheckPage_rejected, result.problems().size()));
        } else {
            setErrorMessage(null);
            setMessage(Messages.CheckPage_ready);
        }
        setPageComplete(!result.hasProblems());
    }

    private void saveErrors() {
        FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*.xlsx" }); //$NON-NLS-1$
        dialog.setFileName(filePage.file().getFileName().toString().replaceFirst("\\.[^.]*$", "") + Messages.CheckPage_errorsSuffix); //$NON-NLS-1$ //$NON-NLS-2$
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        try {
            ErrorSheet.write(filePage.file(), Path.of(chosen), result.problems(), run.headerRow());
            setMessage(NLS.bind(Messages.CheckPage_errorsSaved, chosen));
        } catch (IOException e) {
            setErrorMessage(e.getMessage());
        }
    }

    /** The import of the dry run shown: it runs for real with the same options. */
    ImportRun run() {
        return run;
    }
}

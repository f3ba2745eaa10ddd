package xiaokang.employment.ui.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.widgets.Section;

import xiaokang.core.ui.HouseholdEditors;
import xiaokang.core.ui.StoredObjectEditor;
import xiaokang.core.ui.StoredObjectInput;
import xiaokang.edit.ui.FeatureFields;
import xiaokang.edit.ui.RecordTables;
import xiaokang.employment.Workshops;
import xiaokang.employment.model.EmploymentPackage;
import xiaokang.store.Store;
import xiaokang.store.StoreException;

/**
 * 扶贫车间: the workshop's facts (undoable, saved in one transaction) and its poor workers; taking
 * one on and letting one go are written at once, each in its own transaction.
 */
public final class WorkshopEditor extends StoredObjectEditor {

    public static final String ID = "xiaokang.employment.ui.workshopEditor"; //$NON-NLS-1$

    private TableViewer table;
    private Section section;
    private List<Workshops.Worker> workers = List.of();

    public static IEditorPart open(IWorkbenchPage page, Store store, long id, String name) throws PartInitException {
        return page.openEditor(new StoredObjectInput(store, EmploymentPackage.Literals.WORKSHOP, id, name), ID);
    }

    private long workshopId() {
        return ((StoredObjectInput) getEditorInput()).id();
    }

    @Override
    protected void createContent(Composite body) {
        GridLayoutFactory.swtDefaults().applyTo(body);
        Section facts = toolkit().createSection(body, Section.TITLE_BAR);
        facts.setText(Messages.Editor_facts);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(facts);
        Composite fields = toolkit().createComposite(facts);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(fields);
        facts.setClient(fields);
        fields().all(fields);

        section = toolkit().createSection(body, Section.TITLE_BAR);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(section);
        Composite client = toolkit().createComposite(section);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(client);
        section.setClient(client);
        table = RecordTables.create(client, 240, Workshops.Worker.class, this::openHousehold);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(SWT.DEFAULT, 240).applyTo(table.getControl());
        RecordTables.column(table, Messages.Column_name, 80, Workshops.Worker.class, Workshops.Worker::name);
        RecordTables.column(table, Messages.Column_idNumber, 160, Workshops.Worker.class, Workshops.Worker::idNumber);
        RecordTables.column(table, Messages.Column_household, 140, Workshops.Worker.class, Workshops.Worker::household);
        RecordTables.column(table, Messages.Column_started, 90, Workshops.Worker.class, w -> w.started().toString(), Workshops.Worker::started);
        RecordTables.column(table, Messages.Column_wage, 100, Workshops.Worker.class, w -> RecordTables.money(w.monthlyWage(), Messages.Unknown),
                Workshops.Worker::monthlyWage);
        RecordTables.column(table, Messages.Column_gain, 110, Workshops.Worker.class, w -> RecordTables.money(w.annualGain(), Messages.Unknown),
                Workshops.Worker::annualGain);
        Button add = toolkit().createButton(client, Messages.Editor_add, SWT.PUSH);
        add.addListener(SWT.Selection, event -> new AddWorkerDialog(getSite().getShell(), getPartName(), this::addWorker).open());
        Button end = toolkit().createButton(client, Messages.Editor_end, SWT.PUSH);
        end.addListener(SWT.Selection, event -> askToEnd());
        readWorkers();
    }

    /** Reads the poor workers again and shows them. */
    public void readWorkers() {
        try (Connection connection = store().connect()) {
            workers = Workshops.workers(connection, workshopId());
        } catch (StoreException | SQLException e) {
            ILog.of(getClass()).error(e.getMessage(), e);
            workers = List.of();
        }
        section.setText(NLS.bind(Messages.Editor_workers, workers.size()));
        table.setInput(workers);
        refresh();
    }

    /** The poor workers working here now, as shown. */
    public List<Workshops.Worker> workers() {
        return workers;
    }

    /** Takes a poor worker on (written at once); returns why not, with nothing written. */
    public Optional<String> addWorker(Workshops.NewWorker worker) {
        try {
            Workshops.addWorker(store(), workshopId(), worker, System.getProperty("user.name")); //$NON-NLS-1$
            readWorkers();
            return Optional.empty();
        } catch (StoreException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** Ends a worker's job here today (written at once; the job stays on record). */
    public Optional<String> endJob(Workshops.Worker worker) {
        try {
            Workshops.endJob(store(), worker.employmentId(), LocalDate.now(), System.getProperty("user.name")); //$NON-NLS-1$
            readWorkers();
            return Optional.empty();
        } catch (StoreException e) {
            return Optional.of(e.getMessage());
        }
    }

    private void askToEnd() {
        if (((IStructuredSelection) table.getSelection()).getFirstElement() instanceof Workshops.Worker worker
                && MessageDialog.openConfirm(getSite().getShell(), Messages.Editor_end, NLS.bind(Messages.Editor_endConfirm, worker.name()))) {
            endJob(worker).ifPresent(failure -> MessageDialog.openError(getSite().getShell(), Messages.Editor_failed, failure));
        }
    }

    private void openHousehold(Workshops.Worker worker) {
        try {
            HouseholdEditors.open(getSite().getPage(), store(), worker.householdId(), worker.household() + ' ' + worker.name());
        } catch (PartInitException e) {
            ILog.of(getClass()).log(e.getStatus());
        }
    }
}

package xiaokang.employment.ui.internal;

import java.math.RoundingMode;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.ui.PartInitException;

import xiaokang.core.ui.HouseholdEditors;
import xiaokang.core.ui.ObjectEditor;
import xiaokang.core.ui.RecordActions;
import xiaokang.core.ui.StoreReadingView;
import xiaokang.core.ui.StoredObjectInput;
import xiaokang.edit.ui.RecordTables;
import xiaokang.employment.EmploymentGap;
import xiaokang.employment.Labels;
import xiaokang.employment.ReturnProgress;
import xiaokang.employment.Trainings;
import xiaokang.employment.Workshops;
import xiaokang.employment.model.EmploymentPackage;

/**
 * 就业扶贫: every workshop with its workers (double-click opens it), the latest return-to-work
 * campaign per township, the employment gap list (double-click opens the household) and every
 * course (double-click edits it).
 */
public final class EmploymentView extends StoreReadingView {

    public static final String ID = "xiaokang.employment.ui.overview"; //$NON-NLS-1$

    /** What the view shows, read in one go. */
    public record Overview(List<Workshops.Row> workshops, List<ReturnProgress.Township> progress, List<EmploymentGap.Person> gap,
            List<Trainings.Row> trainings) {
    }

    private TableViewer workshops;
    private TableViewer progress;
    private TableViewer gap;
    private TableViewer trainings;
    private Overview overview = new Overview(List.of(), List.of(), List.of(), List.of());

    @Override
    public void createPartControl(Composite parent) {
        TabFolder tabs = new TabFolder(parent, SWT.TOP);
        workshops = RecordTables.create(RecordTables.tab(tabs, Messages.View_workshops), SWT.DEFAULT, Workshops.Row.class, this::open);
        RecordTables.column(workshops, Messages.Column_township, 90, Workshops.Row.class, Workshops.Row::township);
        RecordTables.column(workshops, Messages.Column_village, 80, Workshops.Row.class, Workshops.Row::village);
        RecordTables.column(workshops, Messages.Column_workshop, 200, Workshops.Row.class, Workshops.Row::name);
        RecordTables.column(workshops, Messages.Column_operator, 200, Workshops.Row.class, Workshops.Row::operator);
        RecordTables.column(workshops, Messages.Column_products, 80, Workshops.Row.class, Workshops.Row::products);
        RecordTables.column(workshops, Messages.Column_workers, 70, Workshops.Row.class, w -> String.valueOf(w.workers()), Workshops.Row::workers);
        RecordTables.column(workshops, Messages.Column_poorWorkers, 80, Workshops.Row.class, w -> String.valueOf(w.poorWorkers()),
                Workshops.Row::poorWorkers);
        RecordTables.column(workshops, Messages.Column_gain, 110, Workshops.Row.class,
                w -> RecordTables.money(w.averageGain() == null ? null : w.averageGain().setScale(0, RoundingMode.HALF_UP), Messages.Unknown),
                Workshops.Row::averageGain);
        progress = RecordTables.create(RecordTables.tab(tabs, Messages.View_return), SWT.DEFAULT);
        RecordTables.column(progress, Messages.Column_township, 110, ReturnProgress.Township.class, ReturnProgress.Township::name);
        RecordTables.column(progress, Messages.Column_listed, 80, ReturnProgress.Township.class, t -> String.valueOf(t.listed()),
                ReturnProgress.Township::listed);
        RecordTables.column(progress, Messages.Column_back, 80, ReturnProgress.Township.class, t -> String.valueOf(t.back()),
                ReturnProgress.Township::back);
        RecordTables.column(progress, Messages.Column_notYet, 80, ReturnProgress.Township.class, t -> String.valueOf(t.notYet()),
                ReturnProgress.Township::notYet);
        RecordTables.column(progress, Messages.Column_unable, 80, ReturnProgress.Township.class, t -> String.valueOf(t.unable()),
                ReturnProgress.Township::unable);
        gap = RecordTables.create(RecordTables.tab(tabs, Messages.View_gap), SWT.DEFAULT, EmploymentGap.Person.class, this::openHousehold);
        RecordTables.column(gap, Messages.Column_name, 80, EmploymentGap.Person.class, EmploymentGap.Person::name);
        RecordTables.column(gap, Messages.Column_age, 50, EmploymentGap.Person.class, p -> String.valueOf(p.age()), EmploymentGap.Person::age);
        RecordTables.column(gap, Messages.Column_idNumber, 160, EmploymentGap.Person.class, EmploymentGap.Person::idNumber);
        RecordTables.column(gap, Messages.Column_household, 140, EmploymentGap.Person.class, EmploymentGap.Person::household);
        RecordTables.column(gap, Messages.Column_place, 160, EmploymentGap.Person.class, EmploymentGap.Person::place);
        trainings = RecordTables.create(RecordTables.tab(tabs, Messages.View_trainings), SWT.DEFAULT, Trainings.Row.class, this::openTraining);
        RecordTables.column(trainings, Messages.Column_township, 90, Trainings.Row.class, Trainings.Row::township);
        RecordTables.column(trainings, Messages.Column_course, 200, Trainings.Row.class, Trainings.Row::course);
        RecordTables.column(trainings, Messages.Column_kind, 110, Trainings.Row.class, t -> Labels.of(t.kind()));
        RecordTables.column(trainings, Messages.Column_from, 90, Trainings.Row.class, t -> String.valueOf(t.start()), Trainings.Row::start);
        RecordTables.column(trainings, Messages.Column_to, 90, Trainings.Row.class, t -> String.valueOf(t.end()), Trainings.Row::end);
        RecordTables.column(trainings, Messages.Column_participants, 80, Trainings.Row.class, t -> String.valueOf(t.participants()),
                Trainings.Row::participants);
        RecordTables.column(trainings, Messages.Column_certified, 80, Trainings.Row.class, t -> String.valueOf(t.certified()),
                Trainings.Row::certified);
        RecordActions.toolbar(getViewSite(), workshops, () -> List.of(EmploymentPackage.Literals.WORKSHOP, EmploymentPackage.Literals.TRAINING,
                EmploymentPackage.Literals.RETURN_CAMPAIGN, EmploymentPackage.Literals.EMPLOYMENT,
                EmploymentPackage.Literals.ENTREPRENEURSHIP_SUBSIDY), this::storeOrNull);
        RecordActions.rows(getViewSite(), workshops, EmploymentPackage.Literals.WORKSHOP, this::storeOrNull, Workshops.Row.class,
                Workshops.Row::id, Workshops.Row::name, this::refresh);
        RecordActions.rows(getViewSite(), trainings, EmploymentPackage.Literals.TRAINING, this::storeOrNull, Trainings.Row.class,
                Trainings.Row::id, Trainings.Row::course, this::refresh);
        getViewSite().getActionBars().getToolBarManager().add(new Action(Messages.View_refresh) {
            @Override
            public void run() {
                refresh();
            }
        });
        refresh();
    }

    /** Reads everything again in a job; returns the job. */
    public Job refresh() {
        return read(Messages.View_reading, (Connection connection) -> new Overview(Workshops.list(connection),
                ReturnProgress.read(connection), EmploymentGap.read(connection, LocalDate.now()), Trainings.list(connection)), read -> {
                    overview = read;
                    workshops.setInput(read.workshops());
                    progress.setInput(read.progress());
                    gap.setInput(read.gap());
                    trainings.setInput(read.trainings());
                    setContentDescription(NLS.bind(Messages.View_summary, new Object[] { read.workshops().size(),
                            read.workshops().stream().mapToInt(Workshops.Row::workers).sum(),
                            read.workshops().stream().mapToInt(Workshops.Row::poorWorkers).sum(),
                            read.progress().stream().mapToInt(ReturnProgress.Township::back).sum(),
                            read.progress().stream().mapToInt(ReturnProgress.Township::listed).sum(), read.gap().size() }));
                });
    }

    @Override
    public void recordsChanged() {
        refresh();
    }

    public Overview overview() {
        return overview;
    }

    /** Opens a workshop's editor. */
    public WorkshopEditor open(Workshops.Row row) {
        try {
            return (WorkshopEditor) WorkshopEditor.open(getSite().getPage(), store(), row.id(), row.name());
        } catch (PartInitException e) {
            ILog.of(getClass()).log(e.getStatus());
        } catch (Exception e) {
            ILog.of(getClass()).error(e.getMessage(), e);
        }
        return null;
    }

    private void openTraining(Trainings.Row training) {
        try {
            ObjectEditor.open(getSite().getPage(), new StoredObjectInput(store(), EmploymentPackage.Literals.TRAINING, training.id(),
                    training.course()));
        } catch (Exception e) {
            ILog.of(getClass()).error(e.getMessage(), e);
        }
    }

    private void openHousehold(EmploymentGap.Person person) {
        try {
            HouseholdEditors.open(getSite().getPage(), store(), person.householdId(), person.household() + ' ' + person.name());
        } catch (Exception e) {
            ILog.of(getClass()).error(e.getMessage(), e);
        }
    }

    @Override
    public void setFocus() {
        workshops.getControl().setFocus();
    }
}

package xiaokang.core.ui.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;

import xiaokang.core.Rules;
import xiaokang.core.Validator;
import xiaokang.core.Violation;
import xiaokang.core.model.Household;
import xiaokang.core.model.Village;
import xiaokang.core.ui.HouseholdEditors;
import xiaokang.data.CountyWalk;
import xiaokang.data.FindingSource;
import xiaokang.data.FindingSources;
import xiaokang.data.WorkbenchStore;
import xiaokang.edit.ui.RecordTables;
import xiaokang.edit.ui.TableColumns;
import xiaokang.store.Session;
import xiaokang.store.Store;
import xiaokang.store.StoreException;

/**
 * 问题: every breach of the installed rules (the core's and every plug-in's) found by checking the
 * county, township by township in a background job when the view opens and on request; a saved
 * household is checked again at once. What other plug-ins find in the database ({@link FindingSource},
 * e.g. the open problems of the supervision ledger) is listed with them.
 * Double-click opens the household.
 */
public final class ProblemsView extends ViewPart {

    public static final String ID = "xiaokang.core.ui.problems"; //$NON-NLS-1$

    /**
     * One breach, with where it is and which household to open.
     *
     * @param targetId the stored id of the object at fault (a member, the household), or -1
     */
    public record Problem(Violation violation, String place, String household, long householdId, long targetId) {
    }

    private final List<Problem> problems = new ArrayList<>();
    private TableViewer table;
    private volatile Store store;
    private volatile Job latest;

    @Override
    public void createPartControl(Composite parent) {
        table = new TableViewer(parent, SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL);
        RecordTables.exportMenu(table);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        table.setContentProvider(ArrayContentProvider.getInstance());
        column(Messages.ProblemsView_severity, 60, problem -> severity(problem.violation()));
        column(Messages.ProblemsView_place, 140, Problem::place);
        column(Messages.ProblemsView_household, 110, Problem::household);
        column(Messages.ProblemsView_message, 320, problem -> problem.violation().message());
        column(Messages.ProblemsView_policy, 260, problem -> problem.violation().policy());
        table.addDoubleClickListener(event -> open((Problem) ((IStructuredSelection) event.getSelection()).getFirstElement()));
        Action check = new Action(Messages.ProblemsView_checkCounty) {
            @Override
            public void run() {
                checkCounty();
            }
        };
        getViewSite().getActionBars().getToolBarManager().add(check);
        table.setInput(problems);
        checkCounty();
    }

    private void column(String title, int width, Function<Problem, String> text) {
        TableColumns.add(table, title, width, SWT.LEFT, Problem.class, text);
    }

    private static String severity(Violation violation) {
        return switch (violation.severity()) {
            case ERROR -> Messages.ProblemsView_error;
            case WARNING -> Messages.ProblemsView_warning;
            case INFO -> Messages.ProblemsView_info;
        };
    }

    /** Checks this database from now on. */
    public void use(Store database) {
        store = database;
    }

    /**
     * Checks every household of the county in a job, township by township; returns the job. The
     * view shows what the latest check found. Without a database yet there is nothing to check.
     */
    public Job checkCounty() {
        Store given = store;
        WorkbenchStore database = given != null ? () -> given : getSite().getService(WorkbenchStore.class);
        FindingSources sources = getSite().getService(FindingSources.class);
        Job[] job = new Job[1];
        job[0] = Job.create(Messages.ProblemsView_checking, (IProgressMonitor monitor) -> {
            Store target;
            try {
                target = database.store();
                store = target;
            } catch (Exception e) {
                return Status.OK_STATUS;
            }
            try (Session session = target.openSession(System.getProperty("user.name"))) { //$NON-NLS-1$
                List<Problem> found = check(session, monitor);
                try (Connection connection = target.connect()) {
                    for (FindingSource.Finding finding : sources.all(connection, LocalDate.now())) {
                        found.add(new Problem(finding.violation(), finding.place(), finding.household(), finding.householdId(), -1));
                    }
                }
                table.getControl().getDisplay().asyncExec(() -> {
                    if (latest == job[0]) {
                        show(found);
                    }
                });
                return Status.OK_STATUS;
            } catch (StoreException | SQLException e) {
                return Status.error(e.getMessage(), e);
            }
        });
        latest = job[0];
        job[0].setUser(true);
        job[0].schedule();
        return job[0];
    }

    private static List<Problem> check(Session session, IProgressMonitor monitor) throws StoreException {
        Validator validator = new Validator(Rules.read(Platform.getExtensionRegistry()), LocalDate.now());
        List<Problem> found = new ArrayList<>();
        CountyWalk.households(session, monitor, Messages.ProblemsView_checking, household -> {
            Village village = household.getVillage();
            found.addAll(problems(validator, household, village.getTownship().getName() + ' ' + village.getName(),
                    session.id(household), session::id));
        });
        return found;
    }

    /** @param ids the stored id of an object the rules looked at */
    static List<Problem> problems(Validator validator, Household household, String place, long id, ToLongFunction<EObject> ids) {
        return validator.validateTree(household).stream()
                .map(violation -> new Problem(violation, place, household.getNumber(), id,
                        violation.target() == null ? -1 : ids.applyAsLong(violation.target())))
                .toList();
    }

    /** Replaces the problems of a household just saved with those it has now. */
    public void recheck(Household household, long id, ToLongFunction<EObject> ids) {
        if (table.getControl().isDisposed()) {
            return;
        }
        Validator validator = new Validator(Rules.read(Platform.getExtensionRegistry()), LocalDate.now());
        String place = problems.stream().filter(problem -> problem.householdId() == id).map(Problem::place).findFirst()
                .orElse(""); //$NON-NLS-1$
        // What other plug-ins found in the database stays until the next county check.
        problems.removeIf(problem -> problem.householdId() == id && problem.violation().target() != null);
        problems.addAll(problems(validator, household, place, id, ids));
        table.refresh();
        setContentDescription(NLS.bind(Messages.ProblemsView_count, problems.size()));
    }

    private void show(List<Problem> found) {
        if (table.getControl().isDisposed()) {
            return;
        }
        problems.clear();
        problems.addAll(found);
        table.refresh();
        setContentDescription(NLS.bind(Messages.ProblemsView_count, problems.size()));
    }

    /** Opens the household of a problem at the field at fault: the member in the members table, or the checks. */
    public void open(Problem problem) {
        if (problem == null || store == null || problem.householdId() == FindingSource.Finding.NO_HOUSEHOLD) {
            return;
        }
        try {
            if (HouseholdEditors.open(getSite().getPage(), store, problem.householdId(), problem.household()) instanceof HouseholdEditor editor) {
                editor.reveal(problem.targetId(), problem.violation().feature());
            }
        } catch (PartInitException e) {
            ILog.of(getClass()).log(e.getStatus());
        }
    }

    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    @Override
    public void setFocus() {
        table.getControl().setFocus();
    }

}

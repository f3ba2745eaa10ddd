package xiaokang.supervision.ui.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.eclipse.ui.forms.widgets.Section;

import xiaokang.core.model.CorePackage;
import xiaokang.core.model.Household;
import xiaokang.core.ui.HouseholdEditors;
import xiaokang.core.ui.StoredObjectEditor;
import xiaokang.core.ui.StoredObjectInput;
import xiaokang.data.Choices;
import xiaokang.edit.ui.EditCommands;
import xiaokang.edit.ui.FeatureFields;
import xiaokang.edit.ui.TableColumns;
import xiaokang.store.Session;
import xiaokang.store.Store;
import xiaokang.store.StoreException;
import xiaokang.supervision.Labels;
import xiaokang.supervision.ProblemLifecycle;
import xiaokang.supervision.model.Problem;
import xiaokang.supervision.model.ProblemEvent;
import xiaokang.supervision.model.ProblemTransition;
import xiaokang.supervision.model.SupervisionPackage;

/**
 * One problem of the ledger: what was found and where, who answers for it by when, the
 * rectification, the evidence and attachments, and its history. Field edits are undoable and
 * saved with Save; the lifecycle buttons show only the steps legal now, and a step is saved at
 * once together with the edits it needs (evidence before closing), or refused with the reason.
 */
public final class ProblemEditor extends StoredObjectEditor {

    public static final String ID = "xiaokang.supervision.ui.problemEditor"; //$NON-NLS-1$
    private static final SupervisionPackage P = SupervisionPackage.eINSTANCE;

    private List<Choices.Choice> units = List.of();
    private Composite steps;

    /** The input that opens a stored problem in this editor. */
    public static StoredObjectInput input(Store store, long id, String number) {
        return new StoredObjectInput(store, SupervisionPackage.Literals.PROBLEM, id, number);
    }

    @Override
    protected void loaded(Session reading, EObject read) throws StoreException {
        reading.children(read, P.getProblem_Events());
        try (Connection connection = store().connect()) {
            units = Choices.workUnits(connection);
        } catch (SQLException e) {
            throw new StoreException(e.getMessage(), e);
        }
    }

    public Problem problem() {
        return (Problem) object();
    }

    private static String user() {
        return System.getProperty("user.name"); //$NON-NLS-1$
    }

    @Override
    protected String title() {
        return NLS.bind(Messages.Editor_title, problem().getNumber(), Labels.of(problem().getStatus()));
    }

    @Override
    protected void createContent(Composite body) {
        GridLayoutFactory.swtDefaults().numColumns(2).equalWidth(true).applyTo(body);
        steps = toolkit().createComposite(body);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(steps);
        GridLayoutFactory.fillDefaults().numColumns(6).applyTo(steps);
        onChange(this::stepButtons);

        FeatureFields field = fields();
        Composite found = section(body, Messages.Editor_found);
        field.fixed(found, P.getProblem_Found());
        field.fixed(found, P.getProblem_Source());
        field.fixed(found, P.getProblem_Area());
        place(found, P.getProblem_Township(), () -> problem().getTownship() == null ? "" : problem().getTownship().getName()); //$NON-NLS-1$
        place(found, P.getProblem_Village(), () -> problem().getVillage() == null ? "" : problem().getVillage().getName()); //$NON-NLS-1$
        householdLink(found);
        field.text(found, P.getProblem_Description(), true);

        Composite answer = section(body, Messages.Editor_responsibility);
        unitChoice(answer);
        field.text(answer, P.getProblem_ResponsiblePerson());
        field.text(answer, P.getProblem_Deadline());
        field.fixed(answer, P.getProblem_Status());
        field.fixed(answer, P.getProblem_Reviewer());
        field.fixed(answer, P.getProblem_ClosedOn());

        Composite closing = section(body, Messages.Editor_rectification);
        field.text(closing, P.getProblem_Rectification(), true);
        field.text(closing, P.getProblem_Evidence(), true);
        attachments(closing);

        history(body);
    }

    private Composite section(Composite body, String title) {
        Section section = toolkit().createSection(body, Section.TITLE_BAR);
        section.setText(title);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(section);
        Composite fields = toolkit().createComposite(section);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(fields);
        section.setClient(fields);
        return fields;
    }

    private String name(EStructuralFeature feature) {
        return EditCommands.displayName(domain(), problem(), feature);
    }

    /** A place's name (the item label would add its type: "乡镇 两市塘街道"). */
    private void place(Composite parent, EStructuralFeature feature, Supplier<String> value) {
        toolkit().createLabel(parent, name(feature));
        Label label = toolkit().createLabel(parent, ""); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).applyTo(label);
        onChange(() -> label.setText(value.get()));
    }

    private void householdLink(Composite parent) {
        toolkit().createLabel(parent, name(P.getProblem_Household()));
        Hyperlink link = toolkit().createHyperlink(parent, "", SWT.NONE); //$NON-NLS-1$
        link.addHyperlinkListener(new HyperlinkAdapter() {
            @Override
            public void linkActivated(HyperlinkEvent event) {
                openHousehold();
            }
        });
        onChange(() -> {
            Household household = problem().getHousehold();
            link.setText(household == null ? "" : household.getNumber()); //$NON-NLS-1$
            link.getParent().layout();
        });
    }

    private void openHousehold() {
        Household household = problem().getHousehold();
        if (household != null) {
            try {
                HouseholdEditors.open(getSite().getPage(), store(), session().id(household), household.getNumber());
            } catch (PartInitException e) {
                MessageDialog.openError(getSite().getShell(), Messages.Ledger_openFailed, e.getMessage());
            }
        }
    }

    private void unitChoice(Composite parent) {
        toolkit().createLabel(parent, name(P.getProblem_ResponsibleUnit()));
        Combo combo = new Combo(parent, SWT.READ_ONLY);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(combo);
        combo.add(""); //$NON-NLS-1$
        units.forEach(unit -> combo.add(unit.name()));
        combo.addListener(SWT.Selection, event -> {
            try {
                Object unit = combo.getSelectionIndex() > 0
                        ? session().get(CorePackage.Literals.WORK_UNIT, units.get(combo.getSelectionIndex() - 1).id())
                        : null;
                EditCommands.apply(domain(), problem(), P.getProblem_ResponsibleUnit(), unit);
            } catch (StoreException e) {
                MessageDialog.openError(getSite().getShell(), Messages.Editor_saveFailed, e.getMessage());
            }
        });
        onChange(() -> {
            long current = problem().getResponsibleUnit() == null ? -1 : session().id(problem().getResponsibleUnit());
            int index = 0;
            for (int i = 0; i < units.size(); i++) {
                if (units.get(i).id() == current) {
                    index = i + 1;
                }
            }
            combo.select(index);
        });
    }

    private void attachments(Composite parent) {
        Label label = toolkit().createLabel(parent, name(P.getProblem_Attachments()));
        GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(label);
        Composite box = toolkit().createComposite(parent);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(box);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(box);
        org.eclipse.swt.widgets.List list = new org.eclipse.swt.widgets.List(box, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, 50).span(1, 2).applyTo(list);
        Button add = toolkit().createButton(box, Messages.Editor_addAttachment, SWT.PUSH);
        add.addListener(SWT.Selection, event -> {
            String path = new FileDialog(getSite().getShell(), SWT.OPEN).open();
            if (path != null) {
                List<String> files = new ArrayList<>(problem().getAttachments());
                files.add(path);
                EditCommands.apply(domain(), problem(), P.getProblem_Attachments(), files);
            }
        });
        Button remove = toolkit().createButton(box, Messages.Editor_removeAttachment, SWT.PUSH);
        remove.addListener(SWT.Selection, event -> {
            if (list.getSelectionIndex() >= 0) {
                List<String> files = new ArrayList<>(problem().getAttachments());
                files.remove(list.getSelectionIndex());
                EditCommands.apply(domain(), problem(), P.getProblem_Attachments(), files);
            }
        });
        onChange(() -> list.setItems(problem().getAttachments().toArray(String[]::new)));
    }

    private void history(Composite body) {
        Section section = toolkit().createSection(body, Section.TITLE_BAR);
        section.setText(Messages.Editor_history);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(section);
        TableViewer table = new TableViewer(section, SWT.FULL_SELECTION | SWT.BORDER);
        table.getTable().setHeaderVisible(true);
        section.setClient(table.getControl());
        table.setContentProvider(ArrayContentProvider.getInstance());
        TableColumns.add(table, Messages.Editor_date, 90, SWT.LEFT, ProblemEvent.class, e -> String.valueOf(e.getDate()));
        TableColumns.add(table, Messages.Editor_step, 90, SWT.LEFT, ProblemEvent.class, e -> Labels.of(e.getTransition()));
        TableColumns.add(table, Messages.Editor_actor, 120, SWT.LEFT, ProblemEvent.class, ProblemEvent::getActor);
        TableColumns.add(table, Messages.Editor_note, 260, SWT.LEFT, ProblemEvent.class, ProblemEvent::getNote);
        onChange(() -> table.setInput(problem().getEvents().toArray()));
    }

    /** The buttons of the steps legal now; rebuilt after every change. */
    private void stepButtons() {
        for (Control child : steps.getChildren()) {
            child.dispose();
        }
        Label label = toolkit().createLabel(steps, NLS.bind(Messages.Editor_nowStatus, Labels.of(problem().getStatus())));
        for (ProblemTransition transition : ProblemLifecycle.legal(problem())) {
            Button button = toolkit().createButton(steps, Labels.of(transition), SWT.PUSH);
            button.setData("transition", transition.getName()); //$NON-NLS-1$
            button.addListener(SWT.Selection, event -> ask(transition));
        }
        ((GridLayout) steps.getLayout()).numColumns = steps.getChildren().length;
        steps.layout(true);
    }

    /** Asks what the step needs (a reason, the reviewer), then takes it. */
    private void ask(ProblemTransition transition) {
        String actor = user();
        String note = null;
        if (transition == ProblemTransition.CLOSE) {
            InputDialog reviewer = new InputDialog(getSite().getShell(), Labels.of(transition), Messages.Editor_askReviewer, actor, null);
            if (reviewer.open() != Window.OK) {
                return;
            }
            actor = reviewer.getValue();
        } else if (transition == ProblemTransition.SEND_BACK || transition == ProblemTransition.REOPEN) {
            InputDialog reason = new InputDialog(getSite().getShell(), Labels.of(transition), Messages.Editor_askReason, "", null); //$NON-NLS-1$
            if (reason.open() != Window.OK) {
                return;
            }
            note = reason.getValue();
        }
        perform(transition, actor, note).ifPresent(
                reason -> MessageDialog.openWarning(getSite().getShell(), Labels.of(transition), reason));
    }

    /**
     * Takes one lifecycle step and saves the problem with it; returns why it was refused or could not
     * be saved. Either way nothing is lost: a refused or unsaved step is taken back, the edits stay.
     */
    public Optional<String> perform(ProblemTransition transition, String actor, String note) {
        return takeStep(() -> ProblemLifecycle.apply(problem(), transition, actor, note, LocalDate.now()));
    }

    @Override
    protected void saved() {
        if (getSite().getPage().findView(ProblemLedgerView.ID) instanceof ProblemLedgerView ledger) {
            ledger.refresh();
        }
    }
}

package xiaokang.supervision.ui.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EventObject;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
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
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.eclipse.ui.part.EditorPart;

import xiaokang.core.model.CorePackage;
import xiaokang.core.model.Household;
import xiaokang.core.ui.HouseholdEditors;
import xiaokang.edit.ui.EditCommands;
import xiaokang.edit.ui.FeatureText;
import xiaokang.edit.ui.TableColumns;
import xiaokang.edit.ui.UndoRedoActions;
import xiaokang.store.ConflictException;
import xiaokang.store.Session;
import xiaokang.store.StoreException;
import xiaokang.supervision.Labels;
import xiaokang.supervision.Ledger;
import xiaokang.supervision.ProblemLifecycle;
import xiaokang.supervision.TransitionRefusedException;
import xiaokang.supervision.model.Problem;
import xiaokang.supervision.model.ProblemEvent;
import xiaokang.supervision.model.ProblemStatus;
import xiaokang.supervision.model.ProblemTransition;
import xiaokang.supervision.model.SupervisionPackage;

/**
 * One problem of the ledger: what was found and where, who answers for it by when, the
 * rectification, the evidence and attachments, and its history. Field edits are undoable and
 * saved with Save; the lifecycle buttons show only the steps legal now, and a step is saved at
 * once together with the edits it needs (evidence before closing), or refused with the reason.
 */
public final class ProblemEditor extends EditorPart implements CommandStackListener {

    public static final String ID = "xiaokang.supervision.ui.problemEditor"; //$NON-NLS-1$
    private static final SupervisionPackage P = SupervisionPackage.eINSTANCE;

    private final ComposedAdapterFactory adapterFactory = new ComposedAdapterFactory(
            ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
    private final List<Runnable> refreshers = new ArrayList<>();
    private AdapterFactoryEditingDomain domain;
    private UndoRedoActions undoRedo;
    private Session session;
    private Problem problem;
    private List<Ledger.Choice> units = List.of();
    private FormToolkit toolkit;
    private ScrolledForm form;
    private Composite steps;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof ProblemEditorInput)) {
            throw new PartInitException(input.getName());
        }
        setSite(site);
        setInput(input);
        try {
            load();
        } catch (StoreException e) {
            throw new PartInitException(e.getMessage(), e);
        }
        setPartName(input.getName());
    }

    private ProblemEditorInput problemInput() {
        return (ProblemEditorInput) getEditorInput();
    }

    private static String user() {
        return System.getProperty("user.name"); //$NON-NLS-1$
    }

    private void load() throws StoreException {
        Session loaded = problemInput().store().openSession(user());
        Problem read = loaded.get(P.getProblem(), problemInput().id());
        if (read == null) {
            loaded.close();
            throw new StoreException(NLS.bind(Messages.Editor_gone, problemInput().getName()));
        }
        loaded.children(read, P.getProblem_Events());
        try (Connection connection = problemInput().store().connect()) {
            units = Ledger.workUnits(connection);
        } catch (SQLException e) {
            loaded.close();
            throw new StoreException(e.getMessage(), e);
        }
        closeSession();
        session = loaded;
        problem = read;
        if (domain != null) {
            domain.getCommandStack().removeCommandStackListener(this);
            undoRedo.dispose();
        }
        domain = new AdapterFactoryEditingDomain(adapterFactory, new BasicCommandStack());
        domain.getCommandStack().addCommandStackListener(this);
        undoRedo = new UndoRedoActions(domain.getCommandStack());
        if (form != null) {
            undoRedo.install(getEditorSite().getActionBars());
        }
    }

    @Override
    public void createPartControl(Composite parent) {
        toolkit = new FormToolkit(parent.getDisplay());
        form = toolkit.createScrolledForm(parent);
        toolkit.decorateFormHeading(form.getForm());
        Composite body = form.getBody();
        GridLayoutFactory.swtDefaults().numColumns(2).equalWidth(true).applyTo(body);
        steps = toolkit.createComposite(body);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(steps);
        GridLayoutFactory.fillDefaults().numColumns(6).applyTo(steps);

        Composite found = section(body, Messages.Editor_found);
        fixed(found, P.getProblem_Found(), () -> String.valueOf(problem.getFound()));
        fixed(found, P.getProblem_Source(), () -> Labels.of(problem.getSource()));
        fixed(found, P.getProblem_Area(), () -> Labels.of(problem.getArea()));
        fixed(found, P.getProblem_Township(), () -> problem.getTownship() == null ? "" : problem.getTownship().getName()); //$NON-NLS-1$
        fixed(found, P.getProblem_Village(), () -> problem.getVillage() == null ? "" : problem.getVillage().getName()); //$NON-NLS-1$
        householdLink(found);
        text(found, P.getProblem_Description(), true);

        Composite answer = section(body, Messages.Editor_responsibility);
        unitChoice(answer);
        text(answer, P.getProblem_ResponsiblePerson(), false);
        text(answer, P.getProblem_Deadline(), false);
        fixed(answer, P.getProblem_Status(), () -> Labels.of(problem.getStatus()));
        fixed(answer, P.getProblem_Reviewer(), () -> problem.getReviewer() == null ? "" : problem.getReviewer()); //$NON-NLS-1$
        fixed(answer, P.getProblem_ClosedOn(), () -> problem.getClosedOn() == null ? "" : problem.getClosedOn().toString()); //$NON-NLS-1$

        Composite closing = section(body, Messages.Editor_rectification);
        text(closing, P.getProblem_Rectification(), true);
        text(closing, P.getProblem_Evidence(), true);
        attachments(closing);

        history(body);
        undoRedo.install(getEditorSite().getActionBars());
        refresh();
    }

    private Composite section(Composite body, String title) {
        Section section = toolkit.createSection(body, Section.TITLE_BAR);
        section.setText(title);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(section);
        Composite fields = toolkit.createComposite(section);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(fields);
        section.setClient(fields);
        return fields;
    }

    private String name(EAttribute attribute) {
        return EditCommands.displayName(domain, problem, attribute);
    }

    private void fixed(Composite parent, EStructuralFeature feature, Supplier<String> value) {
        toolkit.createLabel(parent, EditCommands.displayName(domain, problem, feature));
        Label label = toolkit.createLabel(parent, ""); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).applyTo(label);
        refreshers.add(() -> label.setText(value.get()));
    }

    private void text(Composite parent, EAttribute attribute, boolean multi) {
        Label label = toolkit.createLabel(parent, name(attribute));
        GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(label);
        Text text = toolkit.createText(parent, "", SWT.BORDER | (multi ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE)); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).hint(260, multi ? 60 : SWT.DEFAULT).applyTo(text);
        text.setData("feature", attribute.getName()); //$NON-NLS-1$
        FeatureText.bind(text, domain(), () -> problem, attribute);
        refreshers.add(() -> FeatureText.show(text, domain, problem, attribute));
    }

    private void householdLink(Composite parent) {
        toolkit.createLabel(parent, EditCommands.displayName(domain, problem, P.getProblem_Household()));
        Hyperlink link = toolkit.createHyperlink(parent, "", SWT.NONE); //$NON-NLS-1$
        link.addHyperlinkListener(new HyperlinkAdapter() {
            @Override
            public void linkActivated(HyperlinkEvent event) {
                openHousehold();
            }
        });
        refreshers.add(() -> {
            Household household = problem.getHousehold();
            link.setText(household == null ? "" : household.getNumber()); //$NON-NLS-1$
            link.getParent().layout();
        });
    }

    private void openHousehold() {
        Household household = problem.getHousehold();
        if (household != null) {
            try {
                HouseholdEditors.open(getSite().getPage(), problemInput().store(), session.id(household), household.getNumber());
            } catch (PartInitException e) {
                MessageDialog.openError(getSite().getShell(), Messages.Ledger_openFailed, e.getMessage());
            }
        }
    }

    private void unitChoice(Composite parent) {
        toolkit.createLabel(parent, EditCommands.displayName(domain, problem, P.getProblem_ResponsibleUnit()));
        Combo combo = new Combo(parent, SWT.READ_ONLY);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(combo);
        combo.add(""); //$NON-NLS-1$
        units.forEach(unit -> combo.add(unit.name()));
        combo.addListener(SWT.Selection, event -> {
            try {
                Object unit = combo.getSelectionIndex() > 0
                        ? session.get(CorePackage.Literals.WORK_UNIT, units.get(combo.getSelectionIndex() - 1).id()) : null;
                EditCommands.apply(domain, problem, P.getProblem_ResponsibleUnit(), unit);
            } catch (StoreException e) {
                MessageDialog.openError(getSite().getShell(), Messages.Editor_saveFailed, e.getMessage());
            }
        });
        refreshers.add(() -> {
            long current = problem.getResponsibleUnit() == null ? -1 : session.id(problem.getResponsibleUnit());
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
        Label label = toolkit.createLabel(parent, name(P.getProblem_Attachments()));
        GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(label);
        Composite box = toolkit.createComposite(parent);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(box);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(box);
        org.eclipse.swt.widgets.List list = new org.eclipse.swt.widgets.List(box, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, 50).span(1, 2).applyTo(list);
        Button add = toolkit.createButton(box, Messages.Editor_addAttachment, SWT.PUSH);
        add.addListener(SWT.Selection, event -> {
            String path = new FileDialog(getSite().getShell(), SWT.OPEN).open();
            if (path != null) {
                List<String> files = new ArrayList<>(problem.getAttachments());
                files.add(path);
                EditCommands.apply(domain, problem, P.getProblem_Attachments(), files);
            }
        });
        Button remove = toolkit.createButton(box, Messages.Editor_removeAttachment, SWT.PUSH);
        remove.addListener(SWT.Selection, event -> {
            if (list.getSelectionIndex() >= 0) {
                List<String> files = new ArrayList<>(problem.getAttachments());
                files.remove(list.getSelectionIndex());
                EditCommands.apply(domain, problem, P.getProblem_Attachments(), files);
            }
        });
        refreshers.add(() -> list.setItems(problem.getAttachments().toArray(String[]::new)));
    }

    private void history(Composite body) {
        Section section = toolkit.createSection(body, Section.TITLE_BAR);
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
        refreshers.add(() -> table.setInput(problem.getEvents().toArray()));
    }

    /** The buttons of the steps legal now; rebuilt after every change. */
    private void stepButtons() {
        for (Control child : steps.getChildren()) {
            child.dispose();
        }
        Label label = toolkit.createLabel(steps, NLS.bind(Messages.Editor_nowStatus, Labels.of(problem.getStatus())));
        label.setFont(form.getForm().getHead().getFont());
        for (ProblemTransition transition : ProblemLifecycle.legal(problem)) {
            Button button = toolkit.createButton(steps, Labels.of(transition), SWT.PUSH);
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
        if (form != null) {
            form.setFocus(); // a field being typed in hands its text to the model first
        }
        StepUndo undo = new StepUndo(problem);
        try {
            ProblemLifecycle.apply(problem, transition, actor, note, LocalDate.now());
        } catch (TransitionRefusedException e) {
            return Optional.of(e.getMessage());
        }
        Optional<String> failure = save();
        failure.ifPresent(reason -> undo.run());
        refresh();
        return failure;
    }

    /** What a lifecycle step changes, to put back when it could not be saved. */
    private static final class StepUndo implements Runnable {
        private final Problem problem;
        private final ProblemStatus status;
        private final String reviewer;
        private final LocalDate closedOn;
        private final int events;

        StepUndo(Problem problem) {
            this.problem = problem;
            this.status = problem.getStatus();
            this.reviewer = problem.getReviewer();
            this.closedOn = problem.getClosedOn();
            this.events = problem.getEvents().size();
        }

        @Override
        public void run() {
            problem.setStatus(status);
            problem.setReviewer(reviewer);
            problem.setClosedOn(closedOn);
            problem.getEvents().subList(events, problem.getEvents().size()).clear();
        }
    }

    private Optional<String> save() {
        try {
            session.commit();
            ((BasicCommandStack) domain.getCommandStack()).saveIsDone();
            firePropertyChange(PROP_DIRTY);
            ProblemLedgerView ledger = (ProblemLedgerView) getSite().getPage().findView(ProblemLedgerView.ID);
            if (ledger != null) {
                ledger.refresh();
            }
            return Optional.empty();
        } catch (ConflictException e) {
            return Optional.of(NLS.bind(Messages.Editor_conflict, e.getMessage()));
        } catch (StoreException e) {
            return Optional.of(e.getMessage());
        }
    }

    public Problem problem() {
        return problem;
    }

    public AdapterFactoryEditingDomain domain() {
        return domain;
    }

    private void refresh() {
        if (form == null || form.isDisposed()) {
            return;
        }
        form.setText(NLS.bind(Messages.Editor_title, problem.getNumber(), Labels.of(problem.getStatus())));
        refreshers.forEach(Runnable::run);
        stepButtons();
        form.reflow(true);
        firePropertyChange(PROP_DIRTY);
    }

    @Override
    public void commandStackChanged(EventObject event) {
        if (form != null && !form.isDisposed()) {
            form.getDisplay().asyncExec(this::refresh);
        }
    }

    @Override
    public boolean isDirty() {
        return domain != null && ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        save().ifPresentOrElse(failure -> {
            MessageDialog.openError(getSite().getShell(), Messages.Editor_saveFailed, failure);
            if (monitor != null) {
                monitor.setCanceled(true);
            }
        }, this::refresh);
    }

    @Override
    public void doSaveAs() {
        // A problem has one place in the ledger.
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public void setFocus() {
        form.setFocus();
    }

    private void closeSession() {
        if (session != null) {
            try {
                session.close();
            } catch (StoreException e) {
                // Closing a session only gives back its connection; nothing of the user's is lost.
            }
        }
    }

    @Override
    public void dispose() {
        closeSession();
        if (undoRedo != null) {
            undoRedo.dispose();
        }
        if (toolkit != null) {
            toolkit.dispose();
        }
        adapterFactory.dispose();
        super.dispose();
    }
}

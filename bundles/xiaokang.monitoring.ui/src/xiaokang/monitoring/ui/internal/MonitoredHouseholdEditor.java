package xiaokang.monitoring.ui.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.eclipse.ui.forms.widgets.Section;

import xiaokang.core.model.Household;
import xiaokang.core.ui.HouseholdEditors;
import xiaokang.core.ui.StoredObjectEditor;
import xiaokang.core.ui.StoredObjectInput;
import xiaokang.edit.ui.EditCommands;
import xiaokang.edit.ui.FeatureFields;
import xiaokang.edit.ui.RecordTables;
import xiaokang.monitoring.HouseholdFacts;
import xiaokang.monitoring.IncomeCards;
import xiaokang.monitoring.Labels;
import xiaokang.monitoring.LinkedRecords;
import xiaokang.monitoring.MonitoringLifecycle;
import xiaokang.monitoring.RiskElimination;
import xiaokang.monitoring.model.HelpMeasure;
import xiaokang.monitoring.model.MonitoredHousehold;
import xiaokang.monitoring.model.MonitoringEvent;
import xiaokang.monitoring.model.MonitoringPackage;
import xiaokang.monitoring.model.MonitoringStep;
import xiaokang.monitoring.model.PolicyYear;
import xiaokang.store.Session;
import xiaokang.store.Store;
import xiaokang.store.StoreException;

/**
 * A monitored household (监测对象): its category, risks and steps, the steps legal now as buttons
 * (each saved at once with the edits it needs, or refused with the reason), the risk-elimination
 * conditions as they stand, the help measures, the income cards by year and the history.
 */
public final class MonitoredHouseholdEditor extends StoredObjectEditor {

    public static final String ID = "xiaokang.monitoring.ui.monitoredEditor"; //$NON-NLS-1$
    private static final MonitoringPackage P = MonitoringPackage.eINSTANCE;

    private Composite steps;
    private HouseholdFacts facts;
    private Map<Integer, PolicyYear> policies = Map.of();
    private List<IncomeCards.Line> cards = List.of();

    /** Opens (or brings to front) the editor of a stored monitored household. */
    public static MonitoredHouseholdEditor open(IWorkbenchPage page, Store store, long id, String number) throws PartInitException {
        return (MonitoredHouseholdEditor) page.openEditor(new StoredObjectInput(store, P.getMonitoredHousehold(), id, number), ID);
    }

    @Override
    protected void loaded(Session reading, EObject read) throws StoreException {
        MonitoredHousehold monitored = (MonitoredHousehold) read;
        reading.children(read, P.getMonitoredHousehold_Events());
        reading.children(read, P.getMonitoredHousehold_Measures());
        facts = HouseholdFacts.load(reading, monitored.getHousehold(), LocalDate.now());
        policies = IncomeCards.policies(reading);
        cards = IncomeCards.lines(reading, monitored.getHousehold());
    }

    public MonitoredHousehold monitored() {
        return (MonitoredHousehold) object();
    }

    private static String user() {
        return System.getProperty("user.name"); //$NON-NLS-1$
    }

    @Override
    protected String title() {
        return NLS.bind(Messages.Editor_title, monitored().getHousehold().getNumber(), Labels.of(monitored().getStage()));
    }

    @Override
    protected void createContent(Composite body) {
        GridLayoutFactory.swtDefaults().numColumns(2).equalWidth(true).applyTo(body);
        steps = toolkit().createComposite(body);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(steps);
        GridLayoutFactory.fillDefaults().numColumns(6).applyTo(steps);
        onChange(this::stepButtons);

        FeatureFields field = fields();
        Composite found = section(body, Messages.Editor_identification);
        householdLink(found);
        field.choice(found, P.getMonitoredHousehold_Category());
        field.fixed(found, P.getMonitoredHousehold_Risks());
        field.fixed(found, P.getMonitoredHousehold_FoundOn());
        field.choice(found, P.getMonitoredHousehold_FoundBy());
        field.check(found, P.getMonitoredHousehold_AuthorisationSigned());
        field.fixed(found, P.getMonitoredHousehold_StageDue());
        field.fixed(found, P.getMonitoredHousehold_PublicisedOn());
        field.fixed(found, P.getMonitoredHousehold_IdentifiedOn());
        field.fixed(found, P.getMonitoredHousehold_EliminatedOn());

        Composite conditions = section(body, Messages.Editor_conditions);
        GridLayoutFactory.swtDefaults().numColumns(1).applyTo(conditions);
        onChange(() -> showConditions(conditions));

        measures(body);
        incomeCards(body);
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

    private void householdLink(Composite parent) {
        toolkit().createLabel(parent, EditCommands.displayName(domain(), monitored(), P.getMonitoredHousehold_Household()));
        Hyperlink link = toolkit().createHyperlink(parent, monitored().getHousehold().getNumber(), SWT.NONE);
        link.addHyperlinkListener(new HyperlinkAdapter() {
            @Override
            public void linkActivated(HyperlinkEvent event) {
                Household household = monitored().getHousehold();
                try {
                    HouseholdEditors.open(getSite().getPage(), store(), session().id(household), household.getNumber());
                } catch (PartInitException e) {
                    MessageDialog.openError(getSite().getShell(), Messages.Board_openHousehold, e.getMessage());
                }
            }
        });
    }

    /** The elimination conditions as they stand today, with the measures as edited. */
    public List<RiskElimination.Condition> conditions() {
        return RiskElimination.conditions(monitored(), facts, policies, LocalDate.now());
    }

    private void showConditions(Composite parent) {
        for (Control child : parent.getChildren()) {
            child.dispose();
        }
        for (RiskElimination.Condition condition : conditions()) {
            Label line = toolkit().createLabel(parent, (condition.holds() ? "✔ " : "✘ ") + condition.text(), SWT.WRAP); //$NON-NLS-1$ //$NON-NLS-2$
            line.setForeground(parent.getDisplay().getSystemColor(condition.holds() ? SWT.COLOR_DARK_GREEN : SWT.COLOR_RED));
            GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(line);
        }
        parent.layout(true);
    }

    private void measures(Composite body) {
        Composite box = section(body, Messages.Editor_measures);
        GridLayoutFactory.swtDefaults().numColumns(1).applyTo(box);
        TableViewer table = RecordTables.create(box, 120, HelpMeasure.class, this::editMeasure);
        RecordTables.column(table, Messages.Measure_kind, 80, HelpMeasure.class, m -> Labels.of(m.getKind()));
        RecordTables.column(table, Messages.Measure_description, 200, HelpMeasure.class, HelpMeasure::getDescription);
        RecordTables.column(table, Messages.Measure_planned, 85, HelpMeasure.class, m -> text(m.getPlannedOn()));
        RecordTables.column(table, Messages.Measure_given, 85, HelpMeasure.class, m -> text(m.getGivenOn()));
        RecordTables.column(table, Messages.Measure_amount, 70, HelpMeasure.class, m -> RecordTables.money(m.getAmount(), "")); //$NON-NLS-1$
        RecordTables.column(table, Messages.Measure_responsible, 80, HelpMeasure.class, HelpMeasure::getResponsible);
        onChange(() -> table.setInput(monitored().getMeasures().toArray()));
        Composite buttons = toolkit().createComposite(box);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(buttons);
        toolkit().createButton(buttons, Messages.Measure_add, SWT.PUSH).addListener(SWT.Selection, event -> addMeasure());
        toolkit().createButton(buttons, Messages.Measure_edit, SWT.PUSH).addListener(SWT.Selection,
                event -> selected(table).ifPresent(this::editMeasure));
        toolkit().createButton(buttons, Messages.Measure_remove, SWT.PUSH).addListener(SWT.Selection,
                event -> selected(table).ifPresent(this::removeMeasure));
    }

    private static Optional<HelpMeasure> selected(TableViewer table) {
        Object row = ((IStructuredSelection) table.getSelection()).getFirstElement();
        return row instanceof HelpMeasure measure ? Optional.of(measure) : Optional.empty();
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private void addMeasure() {
        MeasureDialog dialog = new MeasureDialog(getSite().getShell(), null, user(), this::checkLink);
        if (dialog.open() == Window.OK) {
            addMeasure(dialog.measure());
        }
    }

    /** Adds a measure to the household (undoable; saved with Save). */
    public void addMeasure(HelpMeasure measure) {
        EditCommands.add(domain(), monitored(), P.getMonitoredHousehold_Measures(), measure);
    }

    /** Why a measure's linked record names no stored record of another plug-in; empty when it does. */
    public Optional<String> checkLink(String link) {
        return LinkedRecords.check(session(), link);
    }

    private void editMeasure(HelpMeasure measure) {
        MeasureDialog dialog = new MeasureDialog(getSite().getShell(), measure, user(), this::checkLink);
        if (dialog.open() == Window.OK) {
            HelpMeasure edited = dialog.measure();
            CompoundCommand change = new CompoundCommand(Messages.Measure_edit);
            for (var feature : P.getHelpMeasure().getEAllAttributes()) {
                Object value = edited.eGet(feature);
                if (value == null ? measure.eGet(feature) != null : !value.equals(measure.eGet(feature))) {
                    change.append(EditCommands.set(domain(), measure, feature, value));
                }
            }
            if (!change.isEmpty()) {
                domain().getCommandStack().execute(change);
            }
        }
    }

    private void removeMeasure(HelpMeasure measure) {
        if (MessageDialog.openConfirm(getSite().getShell(), Messages.Measure_remove,
                NLS.bind(Messages.Measure_removeConfirm, Labels.of(measure.getKind()), measure.getDescription()))) {
            EditCommands.remove(domain(), monitored(), P.getMonitoredHousehold_Measures(), measure);
        }
    }

    private void incomeCards(Composite body) {
        Composite box = section(body, Messages.Editor_cards);
        GridLayoutFactory.swtDefaults().numColumns(1).applyTo(box);
        CardTables.create(box).setInput(cards);
    }

    /** The income cards on record, the latest year first. */
    public List<IncomeCards.Line> cards() {
        return cards;
    }

    private void history(Composite body) {
        Composite box = section(body, Messages.Editor_history);
        GridLayoutFactory.swtDefaults().numColumns(1).applyTo(box);
        TableViewer table = RecordTables.create(box, 110);
        RecordTables.column(table, Messages.Event_date, 85, MonitoringEvent.class, e -> text(e.getDate()));
        RecordTables.column(table, Messages.Event_step, 100, MonitoringEvent.class, e -> Labels.of(e.getStep()));
        RecordTables.column(table, Messages.Event_actor, 80, MonitoringEvent.class, MonitoringEvent::getActor);
        RecordTables.column(table, Messages.Event_note, 240, MonitoringEvent.class, MonitoringEvent::getNote);
        onChange(() -> table.setInput(monitored().getEvents().toArray()));
    }

    /** The buttons of the steps the stage allows; rebuilt after every change. */
    private void stepButtons() {
        for (Control child : steps.getChildren()) {
            child.dispose();
        }
        boolean late = MonitoringLifecycle.overdue(monitored(), LocalDate.now()) && MonitoringLifecycle.active(monitored());
        Label label = toolkit().createLabel(steps, NLS.bind(late ? Messages.Editor_nowOverdue : Messages.Editor_now,
                Labels.of(monitored().getStage()), text(monitored().getStageDue())));
        if (late) {
            label.setForeground(steps.getDisplay().getSystemColor(SWT.COLOR_RED));
        }
        for (MonitoringStep step : MonitoringLifecycle.legal(monitored())) {
            Button button = toolkit().createButton(steps, Labels.of(step), SWT.PUSH);
            button.setData("step", step.getName()); //$NON-NLS-1$
            button.addListener(SWT.Selection, event -> ask(step));
        }
        ((GridLayout) steps.getLayout()).numColumns = steps.getChildren().length;
        steps.layout(true);
    }

    private void ask(MonitoringStep step) {
        StepDialog dialog = new StepDialog(getSite().getShell(), step, user(),
                step == MonitoringStep.ELIMINATION_VISIT ? conditions() : List.of());
        if (dialog.open() == Window.OK) {
            perform(step, dialog.actor(), dialog.note(), dialog.date())
                    .ifPresent(reason -> MessageDialog.openWarning(getSite().getShell(), Labels.of(step), reason));
        }
    }

    /**
     * Takes one step and saves the household with it; returns why it was refused or could not be
     * saved. Either way nothing is lost: a refused or unsaved step is taken back, the edits stay.
     */
    public Optional<String> perform(MonitoringStep step, String actor, String note, LocalDate date) {
        PolicyYear policy = policies.entrySet().stream().filter(e -> e.getKey() <= date.getYear()).map(Map.Entry::getValue)
                .reduce((a, b) -> b).orElse(null);
        if (policy == null) {
            return Optional.of(NLS.bind(Messages.Editor_noPolicy, date.getYear()));
        }
        return takeStep(() -> MonitoringLifecycle.apply(monitored(), step, new MonitoringLifecycle.StepInput(actor, note, date), policy,
                step == MonitoringStep.ELIMINATION_VISIT ? RiskElimination.conditions(monitored(), facts, policies, date) : null));
    }

    @Override
    protected void saved() {
        if (getSite().getPage().findView(MonitoredHouseholdsView.ID) instanceof MonitoredHouseholdsView view) {
            view.refresh();
        }
    }
}

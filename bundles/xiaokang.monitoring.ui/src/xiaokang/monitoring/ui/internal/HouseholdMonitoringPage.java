package xiaokang.monitoring.ui.internal;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;

import xiaokang.core.model.CorePackage;
import xiaokang.core.model.Household;
import xiaokang.core.ui.HouseholdRecordsPage;
import xiaokang.edit.ui.RecordTables;
import xiaokang.edit.ui.TableColumns;
import xiaokang.monitoring.IncomeCards;
import xiaokang.monitoring.Labels;
import xiaokang.monitoring.MonitoredEntry;
import xiaokang.monitoring.MonitoringLists;
import xiaokang.monitoring.WarningEntry;
import xiaokang.monitoring.model.IncomeCard;
import xiaokang.monitoring.model.MonitoringFactory;
import xiaokang.monitoring.model.WarningStatus;
import xiaokang.store.Session;
import xiaokang.store.StoreException;

/** 监测帮扶, the household editor's page that monitoring adds: its identifications, its warnings and its income cards (entered here). */
public final class HouseholdMonitoringPage extends HouseholdRecordsPage<HouseholdMonitoringPage.Read> {

    /** What the page reads about the household. */
    public record Read(List<MonitoredEntry> monitored, List<WarningEntry> warnings, List<IncomeCards.Line> cards) {
    }

    private TableViewer monitored;
    private TableViewer warnings;
    private TableViewer cards;

    @Override
    protected void createTables(Composite body, FormToolkit toolkit) {
        monitored = RecordTables.create(body, 90, MonitoredEntry.class, this::open);
        RecordTables.column(monitored, Messages.Monitored_category, 100, MonitoredEntry.class, e -> Labels.of(e.category()));
        RecordTables.column(monitored, Messages.Monitored_risks, 120, MonitoredEntry.class,
                e -> e.risks().stream().map(Labels::of).collect(Collectors.joining("、"))); //$NON-NLS-1$
        RecordTables.column(monitored, Messages.Monitored_found, 85, MonitoredEntry.class, e -> String.valueOf(e.foundOn()));
        RecordTables.column(monitored, Messages.Monitored_stage, 100, MonitoredEntry.class, e -> Labels.of(e.stage()));
        RecordTables.column(monitored, Messages.Monitored_due, 85, MonitoredEntry.class, e -> e.stageDue() == null ? null : e.stageDue().toString());
        RecordTables.column(monitored, Messages.Monitored_measures, 80, MonitoredEntry.class,
                e -> NLS.bind(Messages.Monitored_measuresGiven, e.measuresGiven(), e.measures()));
        TableColumns.alert(monitored, MonitoredEntry.class, e -> e.active() && e.overdue(LocalDate.now()));
        warnings = RecordTables.create(body, 120);
        RecordTables.column(warnings, Messages.Board_kind, 110, WarningEntry.class, e -> Labels.of(e.kind()));
        RecordTables.column(warnings, Messages.Board_raised, 85, WarningEntry.class, e -> String.valueOf(e.raisedOn()));
        RecordTables.column(warnings, Messages.Board_status, 80, WarningEntry.class, e -> Labels.of(e.status()));
        RecordTables.column(warnings, Messages.Board_decideBy, 85, WarningEntry.class, e -> e.decideBy() == null ? null : e.decideBy().toString());
        RecordTables.column(warnings, Messages.Board_reason, 380, WarningEntry.class, WarningEntry::reason);
        TableColumns.alert(warnings, WarningEntry.class, e -> e.overdue(LocalDate.now()));
        cards = CardTables.create(body);
        cards.addDoubleClickListener(event -> selectedCard().ifPresent(line -> enterCard(line.card())));
        Composite buttons = toolkit.createComposite(body);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(buttons);
        toolkit.createButton(buttons, Messages.Card_new, SWT.PUSH).addListener(SWT.Selection, event -> enterCard(nextYear()));
        toolkit.createButton(buttons, Messages.Card_change, SWT.PUSH).addListener(SWT.Selection,
                event -> selectedCard().ifPresent(line -> enterCard(line.card())));
    }

    private Optional<IncomeCards.Line> selectedCard() {
        Object row = ((IStructuredSelection) cards.getSelection()).getFirstElement();
        return row instanceof IncomeCards.Line line ? Optional.of(line) : Optional.empty();
    }

    /** The latest card's figures a year on, for the next year's card; an empty card when there is none. */
    private IncomeCard nextYear() {
        IncomeCard next = shown() == null || shown().cards().isEmpty() ? MonitoringFactory.eINSTANCE.createIncomeCard()
                : EcoreUtil.copy(shown().cards().get(0).card());
        next.setYear(shown() == null || shown().cards().isEmpty() ? LocalDate.now().getYear() : next.getYear() + 1);
        return next;
    }

    private void enterCard(IncomeCard start) {
        new CardDialog(cards.getControl().getShell(), start, this::enter).open();
    }

    /** Stores the card and posts its per-capita income as the household's; returns why it could not. */
    public Optional<String> enter(IncomeCard card) {
        try {
            IncomeCards.enter(context().store(), context().householdId(), card, System.getProperty("user.name")); //$NON-NLS-1$
            refresh();
            return Optional.empty();
        } catch (StoreException e) {
            return Optional.of(e.getMessage());
        }
    }

    @Override
    protected Read read(Connection connection, long householdId) throws Exception {
        try (Session session = context().store().openSession(System.getProperty("user.name"))) { //$NON-NLS-1$
            Household household = session.get(CorePackage.Literals.HOUSEHOLD, householdId);
            return new Read(MonitoringLists.monitoredOf(connection, householdId), MonitoringLists.warningsOf(connection, householdId),
                    household == null ? List.of() : IncomeCards.lines(session, household));
        }
    }

    @Override
    protected String show(Read read) {
        monitored.setInput(read.monitored());
        warnings.setInput(read.warnings());
        cards.setInput(read.cards());
        if (read.monitored().isEmpty() && read.warnings().isEmpty()) {
            return Messages.Page_none;
        }
        long open = read.warnings().stream().filter(w -> w.status() == WarningStatus.OPEN).count();
        return read.monitored().stream().filter(MonitoredEntry::active).findFirst()
                .map(m -> NLS.bind(Messages.Page_monitored, new Object[] { Labels.of(m.category()), Labels.of(m.stage()), open }))
                .orElse(NLS.bind(Messages.Page_warningsOnly, open));
    }

    private void open(MonitoredEntry entry) {
        try {
            MonitoredHouseholdEditor.open(context().page(), context().store(), entry.id(), entry.household());
        } catch (Exception e) {
            MessageDialog.openError(monitored.getControl().getShell(), Messages.Monitored_open, e.getMessage());
        }
    }
}

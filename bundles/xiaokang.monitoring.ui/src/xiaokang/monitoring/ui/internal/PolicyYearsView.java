package xiaokang.monitoring.ui.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

import xiaokang.core.ui.ObjectEditor;
import xiaokang.core.ui.StoreReadingView;
import xiaokang.core.ui.StoredObjectInput;
import xiaokang.edit.ui.RecordTables;
import xiaokang.monitoring.PolicyYears;
import xiaokang.monitoring.model.MonitoringPackage;

/**
 * 年度政策参数: the monitoring line, warning thresholds, default cost shares and deadlines of each
 * year; a year opens in a form (every change saved with its values in the audit), and 新年度 begins
 * the next year from the last one's parameters.
 */
public final class PolicyYearsView extends StoreReadingView {

    public static final String ID = "xiaokang.monitoring.ui.policyYears"; //$NON-NLS-1$

    private TableViewer table;

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
        table = RecordTables.create(parent, SWT.DEFAULT, PolicyYears.Entry.class, this::edit);
        RecordTables.column(table, Messages.Policy_year, 60, PolicyYears.Entry.class, e -> String.valueOf(e.year()), PolicyYears.Entry::year);
        money(Messages.Policy_line, PolicyYears.Entry::incomeLine);
        money(Messages.Policy_margin, PolicyYears.Entry::warningMargin);
        money(Messages.Policy_drop, PolicyYears.Entry::incomeDropShare);
        money(Messages.Policy_rigid, PolicyYears.Entry::rigidExpenditure);
        money(Messages.Policy_rigidShare, PolicyYears.Entry::rigidExpenditureShare);
        RecordTables.column(table, Messages.Policy_days, 110, PolicyYears.Entry.class,
                e -> NLS.bind(Messages.Policy_daysValue, e.visitDays(), e.decisionDays()));
        var toolBar = getViewSite().getActionBars().getToolBarManager();
        toolBar.add(WarningBoardView.action(Messages.Board_refresh, this::refresh));
        toolBar.add(WarningBoardView.action(Messages.Policy_edit, () -> {
            if (((IStructuredSelection) table.getSelection()).getFirstElement() instanceof PolicyYears.Entry entry) {
                edit(entry);
            }
        }));
        toolBar.add(WarningBoardView.action(Messages.Policy_next, this::addNextYear));
        refresh();
    }

    private void money(String title, Function<PolicyYears.Entry, BigDecimal> value) {
        RecordTables.column(table, title, 100, PolicyYears.Entry.class, e -> RecordTables.money(value.apply(e), ""), value); //$NON-NLS-1$
    }

    /** Reads the years again in a job and shows them; returns the job. */
    public Job refresh() {
        return read(Messages.Policy_reading, PolicyYears::read, read -> {
            if (!table.getControl().isDisposed()) {
                table.setInput(read);
            }
        });
    }

    /** The years the table shows, the latest first. */
    @SuppressWarnings("unchecked")
    public List<PolicyYears.Entry> years() {
        return (List<PolicyYears.Entry>) table.getInput();
    }

    /** Opens a year's parameters in a form. */
    public ObjectEditor edit(PolicyYears.Entry entry) {
        try {
            return (ObjectEditor) ObjectEditor.open(getSite().getPage(), new StoredObjectInput(store(),
                    MonitoringPackage.Literals.POLICY_YEAR, entry.id(), NLS.bind(Messages.Policy_title, entry.year())));
        } catch (Exception e) {
            MessageDialog.openError(getSite().getShell(), Messages.Policy_edit, e.getMessage());
            return null;
        }
    }

    private void addNextYear() {
        try {
            PolicyYears.addNextYear(store(), System.getProperty("user.name")); //$NON-NLS-1$
            refresh();
        } catch (Exception e) {
            MessageDialog.openError(getSite().getShell(), Messages.Policy_next, e.getMessage());
        }
    }

    @Override
    public void setFocus() {
        table.getControl().setFocus();
    }
}

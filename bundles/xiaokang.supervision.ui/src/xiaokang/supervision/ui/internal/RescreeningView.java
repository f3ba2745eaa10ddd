package xiaokang.supervision.ui.internal;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;

import xiaokang.core.ui.StoreReadingView;
import xiaokang.data.FindingSources;
import xiaokang.data.WorkbenchStore;
import xiaokang.edit.ui.TableColumns;
import xiaokang.store.StoreException;
import xiaokang.supervision.RescreeningRun;
import xiaokang.supervision.RoundProgress;

/**
 * 回头看: the re-screening rounds with their progress ("已筛 18,532 户 / 应筛 20,312 户"), and
 * running the selected round over the county in a background job.
 */
public final class RescreeningView extends StoreReadingView {

    public static final String ID = "xiaokang.supervision.ui.rescreening"; //$NON-NLS-1$

    private TableViewer table;
    private ProgressBar bar;
    private Label figure;

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(4, 4).numColumns(2).applyTo(parent);
        figure = new Label(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(figure);
        bar = new ProgressBar(parent, SWT.HORIZONTAL);
        bar.setMaximum(1000);
        GridDataFactory.fillDefaults().hint(240, SWT.DEFAULT).applyTo(bar);
        table = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
        table.getTable().setHeaderVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(table.getControl());
        table.setContentProvider(ArrayContentProvider.getInstance());
        TableColumns.add(table, Messages.Rescreening_name, 260, SWT.LEFT, RoundProgress.class, RoundProgress::name);
        TableColumns.add(table, Messages.Rescreening_period, 180, SWT.LEFT, RoundProgress.class, RoundProgress::period);
        TableColumns.add(table, Messages.Rescreening_scope, 90, SWT.RIGHT, RoundProgress.class, r -> String.format("%,d", r.inScope())); //$NON-NLS-1$
        TableColumns.add(table, Messages.Rescreening_screened, 90, SWT.RIGHT, RoundProgress.class, r -> String.format("%,d", r.screened())); //$NON-NLS-1$
        TableColumns.add(table, Messages.Rescreening_percent, 70, SWT.RIGHT, RoundProgress.class, r -> String.format("%.1f", r.percent())); //$NON-NLS-1$
        TableColumns.add(table, Messages.Rescreening_failed, 90, SWT.RIGHT, RoundProgress.class, r -> String.format("%,d", r.failed())); //$NON-NLS-1$
        table.addSelectionChangedListener(event -> showProgress(selected()));
        getViewSite().getActionBars().getToolBarManager().add(new Action(Messages.Rescreening_refresh) {
            @Override
            public void run() {
                refresh();
            }
        });
        getViewSite().getActionBars().getToolBarManager().add(new Action(Messages.Rescreening_new) {
            @Override
            public void run() {
                try {
                    if (new NewRoundDialog(getSite().getShell(), store()).open() == Window.OK) {
                        refresh();
                    }
                } catch (Exception e) {
                    MessageDialog.openError(getSite().getShell(), Messages.NewRound_title, e.getMessage());
                }
            }
        });
        getViewSite().getActionBars().getToolBarManager().add(new Action(Messages.Rescreening_run) {
            @Override
            public void run() {
                RoundProgress round = selected();
                if (round != null) {
                    RescreeningView.this.run(round);
                }
            }
        });
        refresh();
    }

    private RoundProgress selected() {
        return (RoundProgress) ((IStructuredSelection) table.getSelection()).getFirstElement();
    }

    /** Reads the rounds' progress in a job; returns the job. */
    public Job refresh() {
        return read(Messages.Rescreening_reading, RoundProgress::read, this::show);
    }

    private void show(List<RoundProgress> rounds) {
        if (table.getControl().isDisposed()) {
            return;
        }
        table.setInput(rounds);
        if (!rounds.isEmpty()) {
            table.getTable().select(0);
            showProgress(rounds.get(0));
        }
    }

    private void showProgress(RoundProgress round) {
        if (round == null) {
            return;
        }
        figure.setText(NLS.bind(Messages.Rescreening_figure, new Object[] { round.name(), String.format("%,d", round.screened()), //$NON-NLS-1$
                String.format("%,d", round.inScope()), String.format("%.1f", round.percent()) })); //$NON-NLS-1$ //$NON-NLS-2$
        bar.setSelection((int) Math.round(round.percent() * 10));
        figure.getParent().layout();
    }

    /** Screens every household in the round's scope in a job (all or nothing), then shows the new progress. */
    public Job run(RoundProgress round) {
        FindingSources sources = getSite().getService(FindingSources.class);
        Display display = getSite().getShell().getDisplay();
        WorkbenchStore database;
        try {
            database = database();
        } catch (StoreException e) {
            setContentDescription(e.getMessage());
            return Job.create(round.name(), monitor -> Status.CANCEL_STATUS);
        }
        Job job = Job.create(NLS.bind(Messages.Rescreening_running, round.name()), (IProgressMonitor monitor) -> {
            try {
                RescreeningRun.Summary summary = RescreeningRun.run(database.store(), sources, round.id(), System.getProperty("user.name"), //$NON-NLS-1$
                        LocalDate.now(), monitor);
                display.asyncExec(() -> {
                    if (!table.getControl().isDisposed()) {
                        refresh();
                    }
                });
                return Status.info(NLS.bind(Messages.Rescreening_done,
                        new Object[] { summary.screened(), summary.failed(), summary.problemsOpened() }));
            } catch (OperationCanceledException e) {
                return Status.CANCEL_STATUS;
            } catch (Exception e) {
                return Status.error(String.valueOf(e.getMessage()), e);
            }
        });
        job.setUser(true);
        job.schedule();
        return job;
    }

    /** The progress line of the selected round. */
    public String figure() {
        return figure.getText();
    }

    @SuppressWarnings("unchecked")
    public List<RoundProgress> rounds() {
        return table.getInput() == null ? List.of() : (List<RoundProgress>) table.getInput();
    }

    @Override
    public void setFocus() {
        table.getControl().setFocus();
    }
}

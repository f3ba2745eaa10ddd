package xiaokang.publicity.ui.internal;

import java.sql.Connection;
import java.time.LocalDate;
import java.time.Year;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;

import xiaokang.core.ui.StoreReadingView;
import xiaokang.data.Choices;
import xiaokang.edit.ui.RecordTables;
import xiaokang.publicity.FourOnes;
import xiaokang.store.StoreException;

/**
 * “四个一” board: for a township and a year, each pairing cadre by the twelve months, ✓ when every
 * household of theirs was visited that month, else how many were missed (in red); 补记走访 records
 * a month's visit for the selected cadre.
 */
public final class FourOnesBoardView extends StoreReadingView {

    public static final String ID = "xiaokang.publicity.ui.board"; //$NON-NLS-1$

    /** The townships to choose from and the rows shown. */
    private record Board(List<Choices.Choice> townships, long townshipId, List<FourOnes.BoardRow> rows) {
    }

    private Combo townshipChoice;
    private Spinner yearChoice;
    private TableViewer table;
    private Color missedColour;
    private List<Choices.Choice> townships = List.of();
    private List<FourOnes.BoardRow> rows = List.of();
    private long townshipId = -1;

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.swtDefaults().numColumns(5).applyTo(parent);
        new Label(parent, SWT.NONE).setText(Messages.Board_township);
        townshipChoice = new Combo(parent, SWT.READ_ONLY);
        GridDataFactory.swtDefaults().hint(160, SWT.DEFAULT).applyTo(townshipChoice);
        townshipChoice.addListener(SWT.Selection, event -> show(townships.get(townshipChoice.getSelectionIndex()).id(), yearChoice.getSelection()));
        new Label(parent, SWT.NONE).setText(Messages.Board_year);
        yearChoice = new Spinner(parent, SWT.BORDER);
        yearChoice.setValues(2020, 2014, Year.now().getValue(), 0, 1, 1);
        yearChoice.addListener(SWT.Selection, event -> show(townshipId, yearChoice.getSelection()));
        Button record = new Button(parent, SWT.PUSH);
        record.setText(Messages.Board_record);
        record.addListener(SWT.Selection, event -> askToRecord());
        table = RecordTables.create(parent, SWT.DEFAULT);
        GridDataFactory.fillDefaults().span(5, 1).grab(true, true).applyTo(table.getControl());
        missedColour = new Color(parent.getDisplay(), 0xF4, 0xCC, 0xCC);
        RecordTables.column(table, Messages.Board_cadre, 90, FourOnes.BoardRow.class, FourOnes.BoardRow::cadre);
        RecordTables.column(table, Messages.Board_households, 50, FourOnes.BoardRow.class, row -> String.valueOf(row.households().size()),
                row -> row.households().size());
        for (int m = 1; m <= 12; m++) {
            monthColumn(m);
        }
        getViewSite().getActionBars().getToolBarManager().add(new Action(Messages.Board_refresh) {
            @Override
            public void run() {
                show(townshipId, yearChoice.getSelection());
            }
        });
        show(-1, yearChoice.getSelection());
    }

    private void monthColumn(int month) {
        TableViewerColumn column = new TableViewerColumn(table, SWT.CENTER);
        column.getColumn().setText(NLS.bind(Messages.Board_month, month));
        column.getColumn().setWidth(52);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                FourOnes.BoardRow row = (FourOnes.BoardRow) element;
                return row.complete(month) ? Messages.Board_complete : NLS.bind(Messages.Board_missed, row.missed()[month - 1]);
            }

            @Override
            public Color getBackground(Object element) {
                return ((FourOnes.BoardRow) element).complete(month) ? null : missedColour;
            }
        });
    }

    /**
     * Reads the board of a township (the first when {@code township} is -1) for a year in a job;
     * returns the job.
     */
    public Job show(long township, int year) {
        return read(Messages.Board_reading, (Connection connection) -> {
            List<Choices.Choice> choices = Choices.townships(connection);
            long chosen = township == -1 && !choices.isEmpty() ? choices.get(0).id() : township;
            return new Board(choices, chosen, FourOnes.board(connection, chosen, year));
        }, board -> {
            townships = board.townships();
            townshipId = board.townshipId();
            rows = board.rows();
            townshipChoice.setItems(townships.stream().map(Choices.Choice::name).toArray(String[]::new));
            townshipChoice.select(townships.stream().map(Choices.Choice::id).toList().indexOf(townshipId));
            yearChoice.setSelection(year);
            table.setInput(rows);
            long gaps = rows.stream().mapToLong(row -> Arrays.stream(row.missed()).filter(n -> n > 0).count()).sum();
            setContentDescription(NLS.bind(Messages.Board_summary, new Object[] { year, townshipChoice.getText(), rows.size(), gaps }));
        });
    }

    public List<FourOnes.BoardRow> rows() {
        return rows;
    }

    /** Records that the row's cadre visited all their households of the township in {@code month}; returns why not. */
    public Optional<String> recordVisit(FourOnes.BoardRow row, int month, String notes) {
        try {
            FourOnes.recordVisit(store(), row.cadreId(), LocalDate.of(yearChoice.getSelection(), month, 1), row.households(), notes,
                    System.getProperty("user.name")); //$NON-NLS-1$
            return Optional.empty();
        } catch (StoreException e) {
            return Optional.of(e.getMessage());
        } catch (Exception e) {
            return Optional.of(String.valueOf(e.getMessage()));
        }
    }

    private void askToRecord() {
        if (((IStructuredSelection) table.getSelection()).getFirstElement() instanceof FourOnes.BoardRow row) {
            VisitDialog dialog = new VisitDialog(getSite().getShell(), row, (month, notes) -> recordVisit(row, month, notes));
            if (dialog.open() == VisitDialog.OK) {
                show(townshipId, yearChoice.getSelection());
            }
        }
    }

    @Override
    public void setFocus() {
        table.getControl().setFocus();
    }

    @Override
    public void dispose() {
        if (missedColour != null) {
            missedColour.dispose();
        }
        super.dispose();
    }
}

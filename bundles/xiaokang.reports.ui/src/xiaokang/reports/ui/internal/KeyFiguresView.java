package xiaokang.reports.ui.internal;

import java.math.RoundingMode;
import java.sql.Connection;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.OwnerDrawLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;

import xiaokang.core.model.City;
import xiaokang.core.model.Township;
import xiaokang.core.model.Village;
import xiaokang.reports.IndicatorHistory;
import xiaokang.reports.IndicatorLevel;
import xiaokang.reports.IndicatorValue;

/**
 * 关键指标: the indicators of every installed plug-in for the city, township or village selected
 * anywhere in the workbench (the city until something is selected), from the latest indicator run,
 * each with its trend over the stored runs.
 */
public final class KeyFiguresView extends ViewPart implements ISelectionListener {

    public static final String ID = "xiaokang.reports.ui.keyFigures"; //$NON-NLS-1$

    private Label place;
    private TableViewer table;
    private Label stamp;
    private Place current;
    private Map<String, List<IndicatorHistory.Point>> history = Map.of();

    /** The place figures are shown for: its level, its name, and its code (null for the city). */
    record Place(IndicatorLevel level, String name, String code) {
    }

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
        place = new Label(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(place);
        table = new TableViewer(parent, SWT.FULL_SELECTION | SWT.BORDER);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table.getControl());
        column(Messages.KeyFiguresView_indicator, 200, SWT.LEFT, IndicatorValue::name);
        column(Messages.KeyFiguresView_value, 100, SWT.RIGHT, KeyFiguresView::formatted);
        column(Messages.KeyFiguresView_unit, 60, SWT.LEFT, IndicatorValue::unit);
        TableViewerColumn trend = new TableViewerColumn(table, SWT.LEFT);
        trend.getColumn().setText(Messages.KeyFiguresView_trend);
        trend.getColumn().setWidth(140);
        trend.setLabelProvider(new OwnerDrawLabelProvider() {
            @Override
            protected void measure(Event event, Object element) {
                event.height = Math.max(event.height, 24);
            }

            @Override
            protected void paint(Event event, Object element) {
                Rectangle cell = ((TableItem) event.item).getBounds(event.index);
                TrendLine.paint(event.gc, new Rectangle(cell.x + 2, cell.y + 2, cell.width - 4, cell.height - 4),
                        history.getOrDefault(((IndicatorValue) element).indicator(), List.of()));
            }
        });
        table.setContentProvider(ArrayContentProvider.getInstance());
        stamp = new Label(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(stamp);
        getSite().getPage().addPostSelectionListener(this);
        load(new Place(IndicatorLevel.CITY, Messages.KeyFiguresView_city, null));
    }

    private void column(String title, int width, int alignment, java.util.function.Function<IndicatorValue, String> text) {
        TableViewerColumn column = new TableViewerColumn(table, alignment);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((IndicatorValue) element);
            }
        });
    }

    /** The value as shown with its unit ("20,312 户"). */
    static String withUnit(IndicatorValue value) {
        return formatted(value) + ' ' + (value.unit() == null ? "" : value.unit()); //$NON-NLS-1$
    }

    static String formatted(IndicatorValue value) {
        NumberFormat format = NumberFormat.getNumberInstance();
        format.setMinimumFractionDigits(value.decimals());
        format.setMaximumFractionDigits(value.decimals());
        return value.value() == null ? "—" : format.format(value.value().setScale(value.decimals(), RoundingMode.HALF_UP)); //$NON-NLS-1$
    }

    @Override
    public void selectionChanged(IWorkbenchPart part, ISelection selection) {
        if (part != this && selection instanceof IStructuredSelection structured
                && structured.getFirstElement() instanceof EObject object) {
            Place selected = placeOf(object);
            if (selected != null) {
                load(selected);
            }
        }
    }

    static Place placeOf(EObject object) {
        if (object instanceof City city) {
            return new Place(IndicatorLevel.CITY, city.getName(), null);
        }
        if (object instanceof Township township) {
            return new Place(IndicatorLevel.TOWNSHIP, township.getName(), township.getCode());
        }
        if (object instanceof Village village) {
            return new Place(IndicatorLevel.VILLAGE, village.getName(), village.getCode());
        }
        return null;
    }

    /** Reads the place's figures in the background; the indicators are recomputed when the data changed. */
    void load(Place target) {
        current = target;
        place.setText(target.name());
        WorkbenchData data = WorkbenchData.of(getSite());
        Job job = Job.create(NLS.bind(Messages.KeyFiguresView_loading, target.name()), (IProgressMonitor monitor) -> {
            try (Connection connection = data.connect()) {
                PlaceFigures read = PlaceFigures.read(connection, target, monitor);
                table.getControl().getDisplay().asyncExec(() -> show(read));
                return Status.OK_STATUS;
            } catch (Exception e) {
                return Status.error(e.getMessage(), e);
            }
        });
        job.setSystem(true);
        job.schedule();
    }

    private void show(PlaceFigures read) {
        if (table.getControl().isDisposed() || read.place() != current) {
            return;
        }
        List<IndicatorValue> values = List.copyOf(read.latest().values());
        history = read.trends();
        place.setText(read.place().name());
        table.setInput(values);
        stamp.setText(values.isEmpty() ? "" //$NON-NLS-1$
                : NLS.bind(Messages.KeyFiguresView_stamp,
                        values.get(0).computedAt().format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)),
                        values.get(0).dataVersion()));
    }

    /** Reads the figures of the place shown again (after the data changed elsewhere). */
    public void reload() {
        load(current);
    }

    public TableViewer table() {
        return table;
    }

    @Override
    public void setFocus() {
        table.getControl().setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePostSelectionListener(this);
        super.dispose();
    }
}

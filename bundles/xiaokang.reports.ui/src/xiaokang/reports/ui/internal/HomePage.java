package xiaokang.reports.ui.internal;

import java.sql.Connection;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.views.IViewDescriptor;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.EditorPart;

import xiaokang.core.Severity;
import xiaokang.core.model.CorePackage;
import xiaokang.reports.IndicatorHistory;
import xiaokang.reports.IndicatorLevel;
import xiaokang.reports.IndicatorValue;

/**
 * 首页: the first page of the workbench, for the place chosen in the navigator (the city until then):
 * its key figures with their trend, what needs doing today (the plug-ins' tasks and the rules'
 * findings by severity) and links into the views. What it shows comes from
 * {@code xiaokang.reports.ui.home}.
 */
public final class HomePage extends EditorPart implements ISelectionListener {

    public static final String ID = "xiaokang.reports.ui.home"; //$NON-NLS-1$

    private final Map<String, Map<Severity, Integer>> findings = new ConcurrentHashMap<>();
    private final HomeContributions contributions = HomeContributions.read(Platform.getExtensionRegistry());
    private LocalResourceManager resources;
    private ScrolledComposite scroll;
    private Composite content;
    private Label title;
    private Label stamp;
    private Composite figures;
    private Composite tasks;
    private Link findingsLine;
    private KeyFiguresView.Place current;
    private PlaceFigures shown;
    private Job checking;

    @Override
    public void init(IEditorSite site, IEditorInput input) {
        setSite(site);
        setInput(input);
        setPartName(input.getName());
    }

    @Override
    public void createPartControl(Composite parent) {
        resources = new LocalResourceManager(JFaceResources.getResources(), parent);
        scroll = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        content = new Composite(scroll, SWT.NONE);
        scroll.setContent(content);
        GridLayoutFactory.fillDefaults().margins(16, 12).spacing(8, 12).applyTo(content);
        title = new Label(content, SWT.NONE);
        title.setFont(font(JFaceResources.getHeaderFont(), 1.4, SWT.BOLD));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
        stamp = new Label(content, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(stamp);
        tasks = section(Messages.HomePage_tasks, 1);
        figures = section(Messages.HomePage_figures, 5);
        Composite links = section(Messages.HomePage_links, 1);
        RowLayout row = new RowLayout(SWT.HORIZONTAL);
        row.spacing = 16;
        links.setLayout(row);
        for (String view : contributions.links()) {
            IViewDescriptor descriptor = PlatformUI.getWorkbench().getViewRegistry().find(view);
            if (descriptor != null) {
                link(links, "<a>" + descriptor.getLabel() + "</a>", view); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        getSite().getPage().addPostSelectionListener(this);
        load(new KeyFiguresView.Place(IndicatorLevel.CITY, Messages.KeyFiguresView_city, null));
    }

    private Font font(Font base, double scale, int style) {
        return resources.create(FontDescriptor.createFrom(base).setStyle(style)
                .setHeight((int) Math.round(base.getFontData()[0].getHeight() * scale)));
    }

    private Composite section(String name, int columns) {
        Group group = new Group(content, SWT.NONE);
        group.setText(name);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
        GridLayoutFactory.fillDefaults().numColumns(columns).margins(8, 8).spacing(16, 8).applyTo(group);
        return group;
    }

    private Link link(Composite parent, String text, String view) {
        Link link = new Link(parent, SWT.NONE);
        link.setText(text);
        link.addListener(SWT.Selection, event -> showView(view));
        return link;
    }

    private void showView(String view) {
        try {
            getSite().getPage().showView(view);
        } catch (PartInitException e) {
            Platform.getLog(getClass()).log(e.getStatus());
        }
    }

    @Override
    public void selectionChanged(IWorkbenchPart part, ISelection selection) {
        if (part != this && selection instanceof IStructuredSelection structured && structured.getFirstElement() instanceof EObject object) {
            KeyFiguresView.Place selected = KeyFiguresView.placeOf(object);
            if (selected != null && !selected.equals(current)) {
                load(selected);
            }
        }
    }

    /** Reads the place's figures in a job (the indicators recomputed when the data changed), then its findings in another. */
    public Job load(KeyFiguresView.Place place) {
        current = place;
        title.setText(NLS.bind(Messages.HomePage_title, place.name()));
        WorkbenchData data = WorkbenchData.of(getSite());
        Job job = Job.create(NLS.bind(Messages.KeyFiguresView_loading, place.name()), (IProgressMonitor monitor) -> {
            try (Connection connection = data.connect()) {
                PlaceFigures read = PlaceFigures.read(connection, place, monitor);
                content.getDisplay().asyncExec(() -> show(read));
                return Status.OK_STATUS;
            } catch (Exception e) {
                content.getDisplay().asyncExec(() -> {
                    if (!stamp.isDisposed()) {
                        stamp.setText(String.valueOf(e.getMessage()));
                    }
                });
                return Status.OK_STATUS;
            }
        });
        job.setSystem(true);
        job.schedule();
        return job;
    }

    private void show(PlaceFigures read) {
        if (content.isDisposed() || !read.place().equals(current)) {
            return;
        }
        shown = read;
        title.setText(NLS.bind(Messages.HomePage_title, read.place().name()));
        IndicatorValue any = read.latest().values().stream().findFirst().orElse(null);
        stamp.setText(any == null ? Messages.HomePage_noFigures
                : NLS.bind(Messages.KeyFiguresView_stamp, any.computedAt().format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)),
                        any.dataVersion()));
        for (Control child : figures.getChildren()) {
            child.dispose();
        }
        for (String indicator : contributions.figures()) {
            IndicatorValue value = read.latest().get(indicator);
            if (value != null) {
                tile(value, read.trends().getOrDefault(indicator, List.of()));
            }
        }
        showTasks(read);
        checkFindings(read);
        relayout();
    }

    private void tile(IndicatorValue value, List<IndicatorHistory.Point> history) {
        Composite tile = new Composite(figures, SWT.BORDER);
        tile.setData("indicator", value.indicator()); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).applyTo(tile);
        GridLayoutFactory.fillDefaults().margins(8, 6).spacing(4, 2).applyTo(tile);
        new Label(tile, SWT.NONE).setText(value.name());
        Label figure = new Label(tile, SWT.NONE);
        figure.setFont(font(JFaceResources.getDefaultFont(), 1.6, SWT.BOLD));
        figure.setText(KeyFiguresView.withUnit(value));
        Canvas trend = new Canvas(tile, SWT.DOUBLE_BUFFERED);
        GridDataFactory.fillDefaults().grab(true, false).hint(120, 28).applyTo(trend);
        trend.addPaintListener(event -> TrendLine.paint(event.gc, trend.getClientArea(), history));
        new Label(tile, SWT.NONE).setText(TrendLine.change(value, history));
    }

    private void showTasks(PlaceFigures read) {
        for (Control child : tasks.getChildren()) {
            child.dispose();
        }
        List<Link> waiting = new ArrayList<>();
        for (HomeContributions.Task task : contributions.tasks()) {
            IndicatorValue value = read.latest().get(task.indicator());
            if (value != null && value.value() != null && value.value().signum() > 0) {
                Link link = link(tasks, NLS.bind(Messages.HomePage_task, value.name(), KeyFiguresView.withUnit(value)), task.view());
                link.setData("indicator", task.indicator()); //$NON-NLS-1$
                waiting.add(link);
            }
        }
        if (waiting.isEmpty()) {
            new Label(tasks, SWT.NONE).setText(Messages.HomePage_nothingToDo);
        }
        findingsLine = link(tasks, NLS.bind(Messages.HomePage_findingsRunning, read.place().name()), "xiaokang.core.ui.problems"); //$NON-NLS-1$
    }

    /** The rules' findings are counted by walking the place's households: once per place and data version. */
    private void checkFindings(PlaceFigures read) {
        String key = read.place().level() + "/" + read.placeId() + '@' + read.dataVersion(); //$NON-NLS-1$
        Map<Severity, Integer> known = findings.get(key);
        if (known != null) {
            showFindings(read, known);
            return;
        }
        if (checking != null) {
            checking.cancel();
        }
        WorkbenchData data = WorkbenchData.of(getSite());
        EClass level = switch (read.place().level()) {
            case TOWNSHIP -> CorePackage.Literals.TOWNSHIP;
            case VILLAGE -> CorePackage.Literals.VILLAGE;
            default -> CorePackage.Literals.CITY;
        };
        checking = Job.create(Messages.HomePage_checking, (IProgressMonitor monitor) -> {
            try {
                Map<Severity, Integer> counts = FindingCounts.of(data.database().store(), level,
                        read.placeId() == null ? -1 : read.placeId(), monitor);
                if (!monitor.isCanceled()) {
                    findings.put(key, counts);
                    content.getDisplay().asyncExec(() -> showFindings(read, counts));
                }
                return Status.OK_STATUS;
            } catch (Exception e) {
                return Status.error(String.valueOf(e.getMessage()), e);
            }
        });
        checking.setPriority(Job.DECORATE);
        checking.setSystem(true);
        checking.schedule();
    }

    private void showFindings(PlaceFigures read, Map<Severity, Integer> counts) {
        if (findingsLine == null || findingsLine.isDisposed() || read != shown) {
            return;
        }
        findingsLine.setText(NLS.bind(Messages.HomePage_findings,
                new Object[] { counts.get(Severity.ERROR), counts.get(Severity.WARNING), counts.get(Severity.INFO) }));
        relayout();
    }

    private void relayout() {
        content.layout(true, true);
        scroll.setMinSize(content.computeSize(SWT.DEFAULT, SWT.DEFAULT));
    }

    /** The indicators shown as figures now, in order (tests). */
    public List<String> figures() {
        return List.of(figures.getChildren()).stream().map(child -> (String) child.getData("indicator")).toList(); //$NON-NLS-1$
    }

    /** The tasks listed now, by indicator, in order (tests). */
    public List<String> tasks() {
        return List.of(tasks.getChildren()).stream().map(child -> (String) child.getData("indicator")) //$NON-NLS-1$
                .filter(indicator -> indicator != null).toList();
    }

    /** The line that counts the rules' findings (tests). */
    public String findingsText() {
        return findingsLine == null ? "" : findingsLine.getText(); //$NON-NLS-1$
    }

    @Override
    public void setFocus() {
        content.setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePostSelectionListener(this);
        if (checking != null) {
            checking.cancel();
        }
        super.dispose();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        // nothing to save: the page only shows
    }

    @Override
    public void doSaveAs() {
        // nothing to save: the page only shows
    }

    @Override
    public boolean isDirty() {
        return false;
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }
}

package xiaokang.reports.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;

import xiaokang.reports.ReportCatalog;
import xiaokang.reports.ReportDescriptor;
import xiaokang.reports.ReportFormat;
import xiaokang.reports.ReportParameter;

/**
 * 报表: every installed report, grouped by category, with its description. Running one asks for
 * its parameters, renders it in the background and opens the result in the report editor.
 */
public final class ReportsView extends ViewPart {

    public static final String ID = "xiaokang.reports.ui.reports"; //$NON-NLS-1$

    private TreeViewer viewer;
    private Label description;
    private Button run;

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(2, 2).applyTo(parent);
        viewer = new TreeViewer(parent, SWT.SINGLE | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
        viewer.setContentProvider(new ReportTreeProvider());
        viewer.setLabelProvider(new ReportLabelProvider());
        viewer.setInput(ReportCatalog.read(Platform.getExtensionRegistry()));
        viewer.expandAll();
        description = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 48).applyTo(description);
        run = new Button(parent, SWT.PUSH);
        run.setText(Messages.ReportsView_run);
        run.setEnabled(false);
        run.addListener(SWT.Selection, event -> selectedReport().ifPresent(this::run));
        viewer.addSelectionChangedListener(event -> {
            Optional<ReportDescriptor> report = selectedReport();
            description.setText(report.map(ReportDescriptor::description).orElse("")); //$NON-NLS-1$
            run.setEnabled(report.isPresent());
        });
        viewer.addDoubleClickListener(event -> selectedReport().ifPresent(this::run));
        getSite().setSelectionProvider(viewer);
    }

    private Optional<ReportDescriptor> selectedReport() {
        Object selected = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
        return selected instanceof ReportDescriptor report ? Optional.of(report) : Optional.empty();
    }

    /** Reads the report's parameters from its design (choice lists come from the database), then asks for them. */
    void run(ReportDescriptor report) {
        WorkbenchData data = WorkbenchData.of(getSite());
        Job job = Job.create(NLS.bind(Messages.ReportsView_readingParameters, report.name()), (IProgressMonitor monitor) -> {
            try (Connection connection = data.connect()) {
                List<ReportParameter> parameters = data.reports().parameters(report, connection);
                viewer.getControl().getDisplay().asyncExec(() -> askAndRender(report, parameters));
                return Status.OK_STATUS;
            } catch (Exception e) {
                return Status.error(e.getMessage(), e);
            }
        });
        job.setUser(true);
        job.schedule();
    }

    private void askAndRender(ReportDescriptor report, List<ReportParameter> parameters) {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        Map<String, String> values = new LinkedHashMap<>();
        if (!parameters.isEmpty()) {
            ParameterDialog dialog = new ParameterDialog(getSite().getShell(), report, parameters);
            if (dialog.open() != Window.OK) {
                return;
            }
            values.putAll(dialog.values());
        }
        render(report, values);
    }

    /** Renders to a temporary HTML file and shows it; the editor deletes the file when it closes. */
    public void render(ReportDescriptor report, Map<String, String> values) {
        Path html;
        try {
            html = Files.createTempFile("xiaokang-report-", ".html"); //$NON-NLS-1$ //$NON-NLS-2$
        } catch (IOException e) {
            ILog.of(getClass()).log(Status.error(e.getMessage(), e));
            return;
        }
        new RenderJob(WorkbenchData.of(getSite()), report, values, ReportFormat.HTML, html, rendered -> open(new ReportEditorInput(report, values, rendered)))
                .schedule();
    }

    private void open(ReportEditorInput input) {
        try {
            IEditorPart editor = getSite().getPage().openEditor(input, ReportEditor.ID);
            if (editor instanceof ReportEditor reportEditor) {
                reportEditor.show(input.html());
            }
        } catch (PartInitException e) {
            ILog.of(getClass()).log(e.getStatus());
        }
    }

    public TreeViewer viewer() {
        return viewer;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    /** Categories as roots, their reports as children. */
    private static final class ReportTreeProvider implements ITreeContentProvider {

        private Map<String, List<ReportDescriptor>> byCategory = Map.of();

        @Override
        public void inputChanged(Viewer viewer, Object oldInput, Object newInput) {
            Map<String, List<ReportDescriptor>> grouped = new LinkedHashMap<>();
            if (newInput instanceof ReportCatalog catalog) {
                catalog.all().forEach(report -> grouped.computeIfAbsent(report.category(), key -> new ArrayList<>()).add(report));
            }
            byCategory = grouped;
        }

        @Override
        public Object[] getElements(Object input) {
            return byCategory.keySet().toArray();
        }

        @Override
        public Object[] getChildren(Object parent) {
            return parent instanceof String category ? byCategory.getOrDefault(category, List.of()).toArray() : new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            return element instanceof ReportDescriptor report ? report.category() : null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return element instanceof String;
        }
    }

    private static final class ReportLabelProvider extends LabelProvider {

        private final ResourceManager images = new LocalResourceManager(
                JFaceResources.getResources());

        @Override
        public String getText(Object element) {
            return element instanceof ReportDescriptor report ? report.name() : String.valueOf(element);
        }

        @Override
        public Image getImage(Object element) {
            return images.create(element instanceof ReportDescriptor ? Images.REPORT : Images.CATEGORY);
        }

        @Override
        public void dispose() {
            images.dispose();
            super.dispose();
        }
    }
}

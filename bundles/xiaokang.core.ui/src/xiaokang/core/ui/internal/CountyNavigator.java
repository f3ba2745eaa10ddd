package xiaokang.core.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;

import xiaokang.core.Models;
import xiaokang.core.model.Household;
import xiaokang.core.model.Township;
import xiaokang.core.model.Village;
import xiaokang.core.ui.HouseholdEditors;
import xiaokang.data.DataLocation;
import xiaokang.data.DemoDatabase;
import xiaokang.store.Database;
import xiaokang.store.Store;
import xiaokang.store.StoreException;

/**
 * 县域导航: city, townships, villages and households, read from the store as they are opened,
 * with counts in the labels. Selecting an object offers it to the workbench (Properties view).
 */
public final class CountyNavigator extends ViewPart {

    public static final String ID = "xiaokang.core.ui.navigator"; //$NON-NLS-1$

    private final ComposedAdapterFactory adapterFactory = new ComposedAdapterFactory(
            ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
    private TreeViewer viewer;
    private CountyLabelProvider labels;
    private CountyContent content;

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);
        Text filter = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filter.setMessage(Messages.CountyNavigator_filter);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
        // Typing waits for a pause before it asks the database.
        Runnable typed = () -> {
            if (!filter.isDisposed()) {
                filter(filter.getText());
            }
        };
        filter.addListener(SWT.Modify, event -> {
            filter.getDisplay().timerExec(-1, typed);
            filter.getDisplay().timerExec(300, typed);
        });
        viewer = new TreeViewer(parent, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
        labels = new CountyLabelProvider(adapterFactory);
        viewer.setContentProvider(new CountyTreeProvider());
        viewer.setLabelProvider(labels);
        viewer.setInput(Messages.CountyNavigator_loading);
        getSite().setSelectionProvider(viewer);
        viewer.addDoubleClickListener(event -> open(((IStructuredSelection) event.getSelection()).getFirstElement()));
        load(DataLocation.defaultFolder());
    }

    /** Opens the store in the background, after the first-start demo database is built. */
    public void load(Path folder) {
        Job job = Job.create(Messages.CountyNavigator_loadJob, (IProgressMonitor monitor) -> {
            try {
                Job.getJobManager().join(DemoDatabase.JOB_FAMILY, monitor);
                if (!Files.exists(folder)) {
                    show(NLS.bind(Messages.CountyNavigator_noData, folder, "./xiaokang demo")); //$NON-NLS-1$
                    return Status.OK_STATUS;
                }
                Store store = Store.open(Database.embedded(folder), Models.read(Platform.getExtensionRegistry()));
                CountyContent loaded = new CountyContent(store);
                viewer.getControl().getDisplay().asyncExec(() -> show(loaded));
                return Status.OK_STATUS;
            } catch (StoreException | InterruptedException e) {
                show(e.getMessage());
                return Status.error(e.getMessage(), e);
            }
        });
        job.setSystem(true);
        job.schedule();
    }

    private void show(String message) {
        viewer.getControl().getDisplay().asyncExec(() -> {
            if (!viewer.getControl().isDisposed()) {
                viewer.setInput(message);
            }
        });
    }

    private void show(CountyContent loaded) {
        if (viewer.getControl().isDisposed()) {
            closeQuietly(loaded);
            return;
        }
        closeQuietly(content);
        content = loaded;
        labels.setContent(loaded);
        viewer.setInput(loaded);
        viewer.expandToLevel(2);
    }

    /**
     * Shows only the townships and villages whose name contains {@code text} (a township's name
     * brings all its villages), with their households; blank shows everything again.
     */
    public void filter(String text) {
        if (content == null) {
            return;
        }
        if (text == null || text.isBlank()) {
            viewer.resetFilters();
            return;
        }
        try {
            Set<Long> shown = content.matching(text.strip());
            viewer.setFilters(new ViewerFilter() {
                @Override
                public boolean select(Viewer tree, Object parent, Object element) {
                    return !(element instanceof Township || element instanceof Village) || shown.contains(content.id((EObject) element));
                }
            });
            viewer.expandToLevel(2);
        } catch (StoreException e) {
            viewer.setInput(e.getMessage());
        }
    }

    /** Opens a household in its editor; opens or closes anything else in the tree. */
    void open(Object element) {
        if (element instanceof Household household && content != null) {
            try {
                HouseholdEditors.open(getSite().getPage(), content.store(), content.id(household), labels.getText(household));
            } catch (PartInitException e) {
                Platform.getLog(getClass()).log(e.getStatus());
            }
        } else if (element != null) {
            viewer.setExpandedState(element, !viewer.getExpandedState(element));
        }
    }

    public TreeViewer viewer() {
        return viewer;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        closeQuietly(content);
        adapterFactory.dispose();
        super.dispose();
    }

    private static void closeQuietly(CountyContent content) {
        if (content != null) {
            try {
                content.close();
            } catch (StoreException e) {
                // The session is going away with the view; nothing is left to save.
            }
        }
    }
}

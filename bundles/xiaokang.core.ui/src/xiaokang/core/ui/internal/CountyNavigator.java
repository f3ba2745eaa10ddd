package xiaokang.core.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;

import xiaokang.core.ui.HouseholdEditors;
import xiaokang.core.Models;
import xiaokang.core.model.Household;
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
        viewer = new TreeViewer(parent, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
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

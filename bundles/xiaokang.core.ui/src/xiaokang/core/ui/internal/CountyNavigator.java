package xiaokang.core.ui.internal;

import java.util.Set;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;

import xiaokang.core.model.CorePackage;
import xiaokang.core.model.Household;
import xiaokang.core.model.Township;
import xiaokang.core.model.Village;
import xiaokang.core.ui.HouseholdEditors;
import xiaokang.core.ui.StoredObjectInput;
import xiaokang.data.FindingSources;
import xiaokang.data.Registry;
import xiaokang.data.WorkbenchStore;
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
        MenuManager menu = new MenuManager();
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(this::fillMenu);
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
        getSite().registerContextMenu(menu, viewer);
        viewer.addDoubleClickListener(event -> open(((IStructuredSelection) event.getSelection()).getFirstElement()));
        try {
            load(SiteDatabase.of(getSite()));
        } catch (StoreException e) {
            show(e.getMessage());
        }
    }

    /** Opens {@code database} in the background (the workbench's waits for the first start's data) and shows its county. */
    public void load(WorkbenchStore database) {
        FindingSources sources = getSite().getService(FindingSources.class);
        schedule(() -> new CountyContent(database.store(), sources));
    }

    /** Reads the county again from the same database (after a household was added or deleted); returns the job. */
    public Job reload() {
        Store store = content.store();
        FindingSources sources = getSite().getService(FindingSources.class);
        return schedule(() -> new CountyContent(store, sources));
    }

    /** How the navigator's content is read, in a job. */
    @FunctionalInterface
    private interface Reading {
        CountyContent read() throws Exception;
    }

    private Job schedule(Reading reading) {
        Job job = Job.create(Messages.CountyNavigator_loadJob, (IProgressMonitor monitor) -> {
            try {
                CountyContent loaded = reading.read();
                viewer.getControl().getDisplay().asyncExec(() -> show(loaded));
                return Status.OK_STATUS;
            } catch (StoreException e) {
                // No data yet, or a database that cannot be opened: the navigator says which.
                show(e.getMessage());
                return Status.info(e.getMessage());
            } catch (Exception e) {
                show(String.valueOf(e.getMessage()));
                return Status.error(String.valueOf(e.getMessage()), e);
            }
        });
        job.setSystem(true);
        job.schedule();
        return job;
    }

    private void fillMenu(IMenuManager menu) {
        Object selected = viewer.getStructuredSelection().getFirstElement();
        if (content == null) {
            return;
        }
        if (selected instanceof Village village) {
            menu.add(new Action(Messages.CountyNavigator_newHousehold) {
                @Override
                public void run() {
                    InputDialog number = new InputDialog(getSite().getShell(), Messages.CountyNavigator_newHousehold,
                            NLS.bind(Messages.CountyNavigator_newHouseholdPrompt, village.getName()), village.getCode(),
                            text -> text.isBlank() ? Messages.CountyNavigator_noNumber : null);
                    if (number.open() == Window.OK) {
                        newHousehold(village, number.getValue());
                    }
                }
            });
        } else if (selected instanceof Household household) {
            menu.add(new Action(Messages.CountyNavigator_deleteHousehold) {
                @Override
                public void run() {
                    if (MessageDialog.openConfirm(getSite().getShell(), Messages.CountyNavigator_deleteHousehold,
                            NLS.bind(Messages.CountyNavigator_confirmDelete, household.getNumber()))) {
                        deleteHousehold(household);
                    }
                }
            });
        }
    }

    /** 建档: registers a new household in the village and opens it; says why not when it cannot. */
    public Job newHousehold(Village village, String number) {
        try {
            long id = Registry.newHousehold(content.store(), content.id(village), number, System.getProperty("user.name")); //$NON-NLS-1$
            HouseholdEditors.open(getSite().getPage(), content.store(), id, number.strip());
            return reload();
        } catch (StoreException | PartInitException e) {
            MessageDialog.openError(getSite().getShell(), Messages.CountyNavigator_newHousehold, e.getMessage());
            return null;
        }
    }

    /** Deletes the household (its editor is closed without saving); the audit keeps the record. */
    public Job deleteHousehold(Household household) {
        try {
            long id = content.id(household);
            IEditorPart open = getSite().getPage().findEditor(new StoredObjectInput(content.store(), CorePackage.Literals.HOUSEHOLD,
                    id, household.getNumber()));
            if (open != null) {
                getSite().getPage().closeEditor(open, false);
            }
            Registry.deleteHousehold(content.store(), id, System.getProperty("user.name")); //$NON-NLS-1$
            return reload();
        } catch (StoreException e) {
            MessageDialog.openError(getSite().getShell(), Messages.CountyNavigator_deleteHousehold, e.getMessage());
            return null;
        }
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

    /** Opens a household, village or township in its editor; opens or closes the city in the tree. */
    public void open(Object element) {
        try {
            if (element instanceof Household household && content != null) {
                HouseholdEditors.open(getSite().getPage(), content.store(), content.id(household), labels.getText(household));
            } else if ((element instanceof Township || element instanceof Village) && content != null) {
                EObject place = (EObject) element;
                getSite().getPage().openEditor(new StoredObjectInput(content.store(), place.eClass(), content.id(place),
                        place instanceof Township township ? township.getName() : ((Village) place).getName()), PlaceEditor.ID);
            } else if (element != null) {
                viewer.setExpandedState(element, !viewer.getExpandedState(element));
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

package xiaokang.core.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

import xiaokang.core.ui.internal.Messages;
import xiaokang.edit.ui.EditCommands;
import xiaokang.store.Session;
import xiaokang.store.Store;
import xiaokang.store.StoreException;

/**
 * 新建… and 删除 for the records a view lists: a new record of any class opens in its generic form
 * ({@link ObjectEditor}, saved when the user saves it); a delete asks first, runs in one audited
 * transaction, and a refusal of the database (the record is still referred to) says by what.
 */
public final class RecordActions {

    /** A stored record a view's row stands for. */
    public record Row(EClass type, long id, String name) {
    }

    private static final ComposedAdapterFactory LABELS = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);

    private RecordActions() {
    }

    /** The class's name in the user's language (合作社), as its item provider names it. */
    public static String typeName(EClass type) {
        return EditCommands.typeName(LABELS, type);
    }

    /**
     * The concrete classes of the store's models whose records stand on their own (no other class
     * contains them), core first: those a records list can create.
     */
    public static List<EClass> standalone(Store store) {
        List<EClass> contained = new ArrayList<>();
        List<EClass> all = new ArrayList<>();
        for (EPackage model : store.packages()) {
            for (EClassifier classifier : model.getEClassifiers()) {
                if (classifier instanceof EClass type && !type.isAbstract() && !type.isInterface()) {
                    all.add(type);
                    type.getEAllContainments().forEach(containment -> contained.add(containment.getEReferenceType()));
                }
            }
        }
        return all.stream().filter(type -> contained.stream().noneMatch(c -> c.isSuperTypeOf(type))).toList();
    }

    /** Opens the form of a new record of {@code type}, referring from the start to the records {@code presets} names by id. */
    public static ObjectEditor create(IWorkbenchPage page, Store store, EClass type, Map<EReference, Long> presets) throws PartInitException {
        String name = NLS.bind(Messages.RecordActions_newName, typeName(type));
        return (ObjectEditor) ObjectEditor.open(page, StoredObjectInput.newRecord(store, type, name, presets));
    }

    /** Deletes the stored record (and what it contains) in one audited transaction; returns why not. */
    public static Optional<String> delete(Store store, EClass type, long id) {
        try (Session session = store.openSession(System.getProperty("user.name"))) { //$NON-NLS-1$
            EObject record = session.get(type, id);
            if (record == null) {
                return Optional.empty();
            }
            session.delete(record);
            session.commit();
            return Optional.empty();
        } catch (StoreException e) {
            return Optional.of(e.getMessage());
        }
    }

    /**
     * Asks whether to delete the record, deletes it, closes its editors, and tells the user why
     * not when the database refuses; returns whether it was deleted.
     */
    public static boolean delete(IWorkbenchPage page, Store store, Row row) {
        if (!MessageDialog.openConfirm(page.getWorkbenchWindow().getShell(), Messages.RecordActions_deleteTitle,
                NLS.bind(Messages.RecordActions_deleteQuestion, typeName(row.type()), row.name()))) {
            return false;
        }
        Optional<String> refused = delete(store, row.type(), row.id());
        if (refused.isPresent()) {
            MessageDialog.openError(page.getWorkbenchWindow().getShell(), Messages.RecordActions_deleteFailed, refused.get());
            return false;
        }
        for (IEditorReference editor : page.getEditorReferences()) {
            try {
                if (editor.getEditorInput() instanceof StoredObjectInput input && !input.isNew() && input.id() == row.id()
                        && input.store() == store) {
                    page.closeEditors(new IEditorReference[] { editor }, false);
                }
            } catch (PartInitException e) {
                // An editor that cannot say its input is not this record's.
            }
        }
        return true;
    }

    /**
     * Puts 新建… (one per class, or a menu of them) and 删除 on a view's toolbar and on the
     * viewer's context menu, for a view that lists one table of records.
     */
    public static void install(IViewSite site, StructuredViewer viewer, Supplier<List<EClass>> creatable, Supplier<Store> store,
            Supplier<Optional<Row>> selected, Runnable changed) {
        toolbar(site, viewer, creatable, store);
        table(site, viewer, creatable, store, selected, changed);
    }

    /** Puts 新建… on a view's toolbar: the form of a new record of the class, or a menu of the classes. */
    public static void toolbar(IViewSite site, StructuredViewer viewer, Supplier<List<EClass>> creatable, Supplier<Store> store) {
        site.getActionBars().getToolBarManager().add(new Action(Messages.RecordActions_new) {
            @Override
            public void run() {
                List<EClass> types = creatable.get().stream().filter(RecordEditors::creatable).toList();
                if (types.isEmpty()) {
                    MessageDialog.openInformation(site.getShell(), Messages.RecordActions_new, Messages.RecordActions_notHere);
                    return;
                }
                if (types.size() == 1) {
                    open(site, store, types.get(0));
                    return;
                }
                Menu menu = new Menu(viewer.getControl().getShell(), SWT.POP_UP);
                for (EClass type : types) {
                    item(menu, typeName(type), () -> open(site, store, type));
                }
                menu.setVisible(true);
            }
        });
        site.getActionBars().updateActionBars();
    }

    /**
     * Puts 新建<class>… and 删除 on a table's context menu (after what it has, such as 导出到
     * Excel…), and lets the Delete key delete the selected record; {@code changed} runs after a
     * delete (a save refreshes the views through {@link StoreReadingView#recordsChanged}).
     */
    public static void table(IViewSite site, StructuredViewer viewer, Supplier<List<EClass>> creatable, Supplier<Store> store,
            Supplier<Optional<Row>> selected, Runnable changed) {
        Runnable delete = () -> selected.get().ifPresent(row -> {
            if (delete(site.getPage(), store.get(), row)) {
                changed.run();
            }
        });
        viewer.getControl().addListener(SWT.KeyDown, event -> {
            if (event.keyCode == SWT.DEL) {
                delete.run();
            }
        });
        Menu existing = viewer.getControl().getMenu();
        Menu menu = existing != null ? existing : new Menu(viewer.getControl());
        viewer.getControl().setMenu(menu);
        List<MenuItem> ours = new ArrayList<>();
        menu.addListener(SWT.Show, event -> {
            ours.forEach(MenuItem::dispose);
            ours.clear();
            if (existing != null) {
                ours.add(new MenuItem(menu, SWT.SEPARATOR));
            }
            Store opened = store.get();
            List<EClass> standalone = opened == null ? List.of() : standalone(opened);
            for (EClass type : creatable.get()) {
                if (standalone.contains(type) && RecordEditors.creatable(type)) {
                    ours.add(item(menu, NLS.bind(Messages.RecordActions_newOf, typeName(type)), () -> open(site, store, type)));
                }
            }
            MenuItem deleteItem = item(menu, Messages.RecordActions_delete, delete);
            deleteItem.setEnabled(selected.get().isPresent());
            ours.add(deleteItem);
        });
    }

    /**
     * As {@link #table}, for a table whose rows of {@code rowType} are records of one class:
     * 新建<class>… creates one, 删除 deletes the selected row's record ({@code id}, named {@code name}).
     */
    public static <T> void rows(IViewSite site, StructuredViewer viewer, EClass type, Supplier<Store> store, Class<T> rowType,
            ToLongFunction<T> id, Function<T, String> name, Runnable changed) {
        table(site, viewer, () -> List.of(type), store, () -> {
            Object row = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
            return rowType.isInstance(row) ? Optional.of(new Row(type, id.applyAsLong(rowType.cast(row)), name.apply(rowType.cast(row))))
                    : Optional.empty();
        }, changed);
    }

    private static MenuItem item(Menu menu, String text, Runnable run) {
        MenuItem item = new MenuItem(menu, SWT.PUSH);
        item.setText(text);
        item.addListener(SWT.Selection, event -> run.run());
        return item;
    }

    private static void open(IViewSite site, Supplier<Store> store, EClass type) {
        try {
            create(site.getPage(), store.get(), type, Map.of());
        } catch (PartInitException e) {
            MessageDialog.openError(site.getShell(), Messages.RecordActions_newFailed, e.getMessage());
        }
    }
}

package xiaokang.core.ui;

import java.util.ArrayList;
import java.util.EventObject;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;

import xiaokang.core.ui.internal.BusyReading;
import xiaokang.core.ui.internal.EditorSessions;
import xiaokang.core.ui.internal.LocalChanges;
import xiaokang.core.ui.internal.RecordSelection;
import xiaokang.core.ui.internal.RuleMarks;
import xiaokang.core.ui.internal.Messages;
import xiaokang.core.ui.internal.StepSnapshot;
import xiaokang.edit.ui.EditCommands;
import xiaokang.edit.ui.FeatureFields;
import xiaokang.edit.ui.FieldProblems;
import xiaokang.edit.ui.ItemPropertySource;
import xiaokang.edit.ui.UndoRedoActions;
import xiaokang.store.ConflictException;
import xiaokang.store.Session;
import xiaokang.store.Store;
import xiaokang.store.StoreException;

/**
 * An editor of one stored object, read in its own session: every edit is an undoable command
 * named in the user's language, the dirty marker follows the command stack, and Save writes the
 * object in one transaction (a conflict with another desk is reported, nothing is written).
 * Subclasses lay out the form; {@link ObjectEditor} shows every feature of any class.
 */
public abstract class StoredObjectEditor extends EditorPart implements CommandStackListener {

    private final ComposedAdapterFactory adapterFactory = new ComposedAdapterFactory(
            ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
    private final List<Runnable> refreshers = new ArrayList<>();
    private AdapterFactoryEditingDomain domain;
    private UndoRedoActions undoRedo;
    private Session session;
    private EObject object;
    private LocalChanges localChanges;
    private FormToolkit toolkit;
    private ScrolledForm form;
    private final FieldProblems problems = new FieldProblems();
    private RuleMarks rules;
    private boolean conflicted;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof StoredObjectInput)) {
            throw new PartInitException(input.getName());
        }
        setSite(site);
        setInput(input);
        try {
            BusyReading.run(() -> {
                read(input);
                return null;
            });
        } catch (StoreException e) {
            EditorSessions.close(session);
            throw new PartInitException(e.getMessage(), e);
        }
        domain = new AdapterFactoryEditingDomain(adapterFactory, new BasicCommandStack());
        domain.getCommandStack().addCommandStackListener(this);
        undoRedo = new UndoRedoActions(domain.getCommandStack());
        setPartName(input.getName());
    }

    /**
     * Reads the object (and what {@link #loaded} adds) in a session of its own, or makes the new one
     * the input asks for; runs off the UI thread.
     */
    private void read(IEditorInput input) throws StoreException {
        session = store().openSession(System.getProperty("user.name")); //$NON-NLS-1$
        object = storedInput().isNew() ? storedInput().create(session) : session.get(storedInput().type(), storedInput().id());
        if (object == null) {
            throw new StoreException(NLS.bind(Messages.StoredObjectEditor_gone, input.getName()));
        }
        loaded(session, object);
        localChanges = new LocalChanges(object);
    }

    /**
     * Reads what the form shows beyond the object's attributes and single references (its lists);
     * runs off the UI thread.
     */
    protected void loaded(Session reading, EObject read) throws StoreException {
        // Most objects need nothing more.
    }

    private StoredObjectInput storedInput() {
        return (StoredObjectInput) getEditorInput();
    }

    protected Store store() {
        return storedInput().store();
    }

    protected Session session() {
        return session;
    }

    public EObject object() {
        return object;
    }

    public AdapterFactoryEditingDomain domain() {
        return domain;
    }

    protected FormToolkit toolkit() {
        return toolkit;
    }

    /**
     * Fields for the form, bound to the object: values checked at the field as they are typed
     * (the save refused while one cannot be taken), references chosen by searching the store.
     */
    protected FeatureFields fields() {
        return new FeatureFields(toolkit, this::domain, this::object, this::onChange, problems,
                (type, text, limit) -> session.search(type, text, limit));
    }

    /**
     * The form's field of a feature (its text, its choice, the row of a reference), to put the
     * cursor in when a finding names the feature; empty when the form shows none.
     */
    public Optional<Control> field(String feature) {
        return form == null ? Optional.empty() : FeatureFields.find(form.getBody(), feature);
    }

    /** What the installed rules say of the record now, at the fields they name. */
    public List<String> ruleFindings() {
        return rules == null ? List.of() : rules.shown();
    }

    /** The values the form's fields cannot take now, each with its field and why. */
    public FieldProblems problems() {
        return problems;
    }

    /** Registers how part of the form shows the object; all run after every edit, undo, redo and save. */
    protected void onChange(Runnable refresher) {
        refreshers.add(refresher);
    }

    @Override
    public void createPartControl(Composite parent) {
        toolkit = new FormToolkit(parent.getDisplay());
        form = toolkit.createScrolledForm(parent);
        toolkit.decorateFormHeading(form.getForm());
        createContent(form.getBody());
        rules = new RuleMarks();
        onChange(() -> rules.show(form.getBody(), object));
        undoRedo.install(getEditorSite().getActionBars());
        getSite().setSelectionProvider(new RecordSelection(this::object));
        problems.onChange(() -> {
            if (!form.isDisposed()) {
                form.setMessage(problems.first().orElse(null), IMessageProvider.ERROR);
            }
        });
        refresh();
    }

    /** Lays out the form's body. */
    protected abstract void createContent(Composite body);

    /** The form's heading. */
    protected String title() {
        return getEditorInput().getName();
    }

    /** Shows the object again: heading, every registered part, the dirty marker. */
    protected void refresh() {
        if (form == null || form.isDisposed()) {
            return;
        }
        form.setText(title());
        refreshers.forEach(Runnable::run);
        form.reflow(true);
        firePropertyChange(PROP_DIRTY);
    }

    /**
     * Writes the object in one transaction; returns why it could not be written: a field's value
     * that cannot be taken, a conflict with another desk ({@link #conflicted}), the database's
     * refusal. A new object takes its stored id, and the editor its name.
     */
    public Optional<String> save() {
        conflicted = false;
        if (problems.first().isPresent()) {
            return Optional.of(NLS.bind(Messages.StoredObjectEditor_fieldProblems, String.join("\n", problems.all()))); //$NON-NLS-1$
        }
        boolean created = isNew();
        try {
            session.commit();
            ((BasicCommandStack) domain.getCommandStack()).saveIsDone();
            localChanges = new LocalChanges(object);
            if (created) {
                String name = EditCommands.label(domain, object);
                setInput(new StoredObjectInput(store(), object.eClass(), session.id(object), name));
                setPartName(name);
            }
            firePropertyChange(PROP_DIRTY);
            saved();
            return Optional.empty();
        } catch (ConflictException e) {
            conflicted = true;
            return Optional.of(NLS.bind(Messages.StoredObjectEditor_conflict, e.getMessage()));
        } catch (StoreException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** Whether the last {@link #save} failed because another desk saved the object first. */
    public boolean conflicted() {
        return conflicted;
    }

    /** Whether the object has never been saved (the editor of a record being created). */
    public boolean isNew() {
        return session != null && session.id(object) < 0;
    }

    /** Throws away unsaved changes and shows the object as stored now. */
    public Optional<String> reload() {
        Session before = session;
        try {
            read(getEditorInput());
        } catch (StoreException e) {
            return Optional.of(e.getMessage());
        }
        EditorSessions.close(before);
        domain.getCommandStack().flush();
        refresh();
        return Optional.empty();
    }

    /** Reads the object as stored now, makes this editor's changes again on it, and saves. */
    public Optional<String> overwrite() {
        List<LocalChanges.Change> mine = localChanges.of(object);
        Optional<String> failure = reload();
        if (failure.isPresent()) {
            return failure;
        }
        LocalChanges.apply(mine, object, domain);
        return save();
    }

    /** A lifecycle step taken on the object; what it throws is its refusal, whose message says why. */
    @FunctionalInterface
    protected interface Step {
        void take() throws Exception;
    }

    /**
     * Takes a lifecycle step and saves the object with it at once; returns why the step was refused
     * or could not be saved. Either way nothing is lost: a refused or unsaved step is taken back
     * (every feature as it was, the contained lists cut back to their length), the edits stay.
     */
    protected Optional<String> takeStep(Step step) {
        setFocus(); // a field being typed in hands its text to the model first
        StepSnapshot before = new StepSnapshot(object);
        try {
            step.take();
        } catch (Exception e) {
            before.restore();
            return Optional.of(e.getMessage());
        }
        Optional<String> failure = save();
        failure.ifPresent(reason -> before.restore());
        refresh();
        return failure;
    }

    /** After a save: views that list such objects can read them again. */
    protected void saved() {
        // Nothing lists a plain object.
    }

    @Override
    public void commandStackChanged(EventObject event) {
        if (form != null && !form.isDisposed()) {
            form.getDisplay().asyncExec(this::refresh);
        }
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == IPropertySheetPage.class) {
            return adapter.cast(ItemPropertySource.sheetPage(this::domain));
        }
        return super.getAdapter(adapter);
    }

    @Override
    public boolean isDirty() {
        return domain != null && (((BasicCommandStack) domain.getCommandStack()).isSaveNeeded() || isNew());
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        Optional<String> failure = save();
        if (failure.isPresent() && conflicted) {
            int choice = new MessageDialog(getSite().getShell(), Messages.StoredObjectEditor_conflictTitle, null,
                    NLS.bind(Messages.HouseholdEditor_conflict, failure.get()), MessageDialog.WARNING, 2, Messages.HouseholdEditor_reload,
                    Messages.HouseholdEditor_overwrite, Messages.HouseholdEditor_keepEditing).open();
            if (choice != 0 && choice != 1) {
                cancel(monitor);
                return;
            }
            failure = choice == 0 ? reload() : overwrite();
        }
        failure.ifPresentOrElse(reason -> {
            MessageDialog.openError(getSite().getShell(), Messages.StoredObjectEditor_saveFailed, reason);
            cancel(monitor);
        }, this::refresh);
    }

    private static void cancel(IProgressMonitor monitor) {
        if (monitor != null) {
            monitor.setCanceled(true);
        }
    }

    @Override
    public void doSaveAs() {
        // A stored object has one place in the database.
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public void setFocus() {
        form.setFocus();
    }

    @Override
    public void dispose() {
        EditorSessions.close(session);
        if (undoRedo != null) {
            undoRedo.dispose();
        }
        if (toolkit != null) {
            toolkit.dispose();
        }
        adapterFactory.dispose();
        super.dispose();
    }
}

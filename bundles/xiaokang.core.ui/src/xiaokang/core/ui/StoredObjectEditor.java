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
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.part.EditorPart;

import xiaokang.core.ui.internal.BusyReading;
import xiaokang.core.ui.internal.EditorSessions;
import xiaokang.core.ui.internal.Messages;
import xiaokang.core.ui.internal.StepSnapshot;
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
    private FormToolkit toolkit;
    private ScrolledForm form;

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

    /** Reads the object (and what {@link #loaded} adds) in a session of its own; runs off the UI thread. */
    private void read(IEditorInput input) throws StoreException {
        session = store().openSession(System.getProperty("user.name")); //$NON-NLS-1$
        object = session.get(storedInput().type(), storedInput().id());
        if (object == null) {
            throw new StoreException(NLS.bind(Messages.StoredObjectEditor_gone, input.getName()));
        }
        loaded(session, object);
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
        undoRedo.install(getEditorSite().getActionBars());
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

    /** Writes the object in one transaction; returns why it could not be written. */
    public Optional<String> save() {
        try {
            session.commit();
            ((BasicCommandStack) domain.getCommandStack()).saveIsDone();
            firePropertyChange(PROP_DIRTY);
            saved();
            return Optional.empty();
        } catch (ConflictException e) {
            return Optional.of(NLS.bind(Messages.StoredObjectEditor_conflict, e.getMessage()));
        } catch (StoreException e) {
            return Optional.of(e.getMessage());
        }
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
    public boolean isDirty() {
        return domain != null && ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        save().ifPresentOrElse(failure -> {
            MessageDialog.openError(getSite().getShell(), Messages.StoredObjectEditor_saveFailed, failure);
            if (monitor != null) {
                monitor.setCanceled(true);
            }
        }, this::refresh);
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

package xiaokang.core.ui.internal;

import java.util.ArrayList;
import java.util.EventObject;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.forms.widgets.FormToolkit;

import xiaokang.core.IdNumbers;
import xiaokang.core.model.Assessment;
import xiaokang.core.model.CorePackage;
import xiaokang.core.model.Household;
import xiaokang.core.model.Person;
import xiaokang.core.ui.StoredObjectInput;
import xiaokang.data.Registry;
import xiaokang.data.TimingLog;
import xiaokang.edit.ui.FeatureFields;
import xiaokang.edit.ui.FieldProblems;
import xiaokang.edit.ui.ItemPropertySource;
import xiaokang.edit.ui.UndoRedoActions;
import xiaokang.store.ConflictException;
import xiaokang.store.Session;
import xiaokang.store.StoreException;

/**
 * 户 editor: the household's facts, its members (ID numbers checked as typed), its checks and the
 * change history, on pages. Every edit is a command on the editor's stack (the workbench's Undo
 * and Redo go back to the last save); Save writes everything in one transaction and, when someone
 * else saved the household meanwhile, asks whether to reload, overwrite or keep editing.
 */
public final class HouseholdEditor extends FormEditor implements CommandStackListener {

    private final FieldProblems problems = new FieldProblems();

    public static final String ID = "xiaokang.core.ui.householdEditor"; //$NON-NLS-1$

    private final ComposedAdapterFactory adapterFactory = new ComposedAdapterFactory(
            ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
    private final List<Runnable> refreshers = new ArrayList<>();
    private final List<Runnable> storedChangeListeners = new ArrayList<>();
    private AdapterFactoryEditingDomain domain;
    private UndoRedoActions undoRedo;
    private Session session;
    private Household household;
    private LocalChanges localChanges;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof StoredObjectInput stored) || stored.type() != CorePackage.Literals.HOUSEHOLD) {
            throw new PartInitException(input.getName());
        }
        super.init(site, input);
        try {
            load();
        } catch (StoreException e) {
            throw new PartInitException(e.getMessage(), e);
        }
        setPartName(input.getName());
    }

    /** A new session holding the household and all it holds; runs off the UI thread. */
    private Session read() throws StoreException {
        Session loaded = householdInput().store().openSession(System.getProperty("user.name")); //$NON-NLS-1$
        Household read = loaded.get(CorePackage.Literals.HOUSEHOLD, householdInput().id());
        if (read == null) {
            loaded.close();
            throw new StoreException(NLS.bind(Messages.HouseholdEditor_gone, householdInput().getName()));
        }
        loaded.children(read, CorePackage.Literals.HOUSEHOLD__MEMBERS);
        loaded.children(read, CorePackage.Literals.HOUSEHOLD__INCOMES);
        loaded.children(read, CorePackage.Literals.HOUSEHOLD__ASSISTANCE);
        for (Assessment assessment : loaded.<Assessment>children(read, CorePackage.Literals.HOUSEHOLD__ASSESSMENTS)) {
            loaded.children(assessment, CorePackage.Literals.ASSESSMENT__RESULTS);
        }
        return loaded;
    }

    StoredObjectInput householdInput() {
        return (StoredObjectInput) getEditorInput();
    }

    /** Reads the household and all it holds in a new session; the command stack starts empty. */
    private void load() throws StoreException {
        Session loaded = BusyReading.run(this::read);
        Household read = loaded.get(CorePackage.Literals.HOUSEHOLD, householdInput().id());
        EditorSessions.close(session);
        session = loaded;
        household = read;
        localChanges = new LocalChanges(read);
        if (undoRedo != null) {
            undoRedo.dispose();
            domain.getCommandStack().removeCommandStackListener(this);
        }
        domain = new AdapterFactoryEditingDomain(adapterFactory, new BasicCommandStack());
        domain.getCommandStack().addCommandStackListener(this);
        undoRedo = new UndoRedoActions(domain.getCommandStack());
        if (getEditorSite() != null && getContainer() != null) {
            undoRedo.install(getEditorSite().getActionBars());
        }
    }

    @Override
    protected void addPages() {
        try {
            addPage(new HouseholdFactsPage(this));
            addPage(new HouseholdMembersPage(this));
            addPage(new HouseholdChecksPage(this));
            addPage(new HouseholdHistoryPage(this));
            for (ContributedHouseholdPage page : ContributedHouseholdPage.all(this, Platform.getExtensionRegistry())) {
                addPage(page);
            }
        } catch (PartInitException e) {
            getEditorSite().getPage().closeEditor(this, false);
        }
        undoRedo.install(getEditorSite().getActionBars());
        getEditorSite().getActionBars().setGlobalActionHandler(ActionFactory.REVERT.getId(), new Action() {
            @Override
            public void run() {
                revert();
            }
        });
    }

    /**
     * Shows the field a problem is about: a member's row in the members table, the assessments on
     * the checks page, else the household's facts.
     */
    public void reveal(long objectId, EStructuralFeature feature) {
        for (Person member : household.getMembers()) {
            if (session.id(member) == objectId) {
                ((HouseholdMembersPage) setActivePage(HouseholdMembersPage.ID)).select(member);
                return;
            }
        }
        setActivePage(feature == CorePackage.Literals.HOUSEHOLD__ASSESSMENTS ? HouseholdChecksPage.ID : HouseholdFactsPage.ID);
    }

    public Household household() {
        return household;
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == IPropertySheetPage.class) {
            return adapter.cast(ItemPropertySource.sheetPage(this::domain));
        }
        return super.getAdapter(adapter);
    }

    /** The values the pages' fields cannot take now; the save is refused while there is one. */
    public FieldProblems problems() {
        return problems;
    }

    /**
     * Fields on a page, bound to {@code owner} (the household, a member), checked as typed and
     * choosing referenced records (a cadre) by searching the store in the editor's session.
     */
    FeatureFields fields(FormToolkit toolkit, Supplier<EObject> owner, Consumer<Runnable> onChange) {
        return new FeatureFields(toolkit, this::domain, owner, onChange, problems, (type, text, limit) -> session.search(type, text, limit));
    }

    public AdapterFactoryEditingDomain domain() {
        return domain;
    }

    Session session() {
        return session;
    }

    public UndoRedoActions undoRedo() {
        return undoRedo;
    }

    /** Pages register how they show the model; all run after every edit, undo, redo and reload. */
    void onChange(Runnable refresher) {
        refreshers.add(refresher);
    }

    /** Contributed pages register how they read their own data; all run after each save and revert. */
    void onStoredChange(Runnable listener) {
        storedChangeListeners.add(listener);
    }

    @Override
    public void commandStackChanged(EventObject event) {
        getContainer().getDisplay().asyncExec(() -> {
            if (getContainer() != null && !getContainer().isDisposed()) {
                refreshers.forEach(Runnable::run);
                editorDirtyStateChanged();
            }
        });
    }

    @Override
    public boolean isDirty() {
        return domain != null && ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded();
    }

    /** The members whose ID number is not a valid GB 11643 number: the save is refused while any is. */
    List<Person> invalidMembers() {
        return household.getMembers().stream().filter(person -> !IdNumbers.isValid(person.getIdNumber())).toList();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        long start = TimingLog.start();
        boolean saved = save();
        TimingLog.record("save-household", getPartName(), start); //$NON-NLS-1$
        if (!saved) {
            monitor.setCanceled(true);
        }
    }

    /** What a save attempt came to. */
    public enum SaveOutcome {
        SAVED, REFUSED, CONFLICT, FAILED
    }

    private String lastProblem;

    /**
     * Saves without asking anything: refused while an ID number is invalid, the household number is
     * another's or a member is registered in another household; CONFLICT when someone else saved first.
     */
    public SaveOutcome trySave() {
        if (problems.first().isPresent()) {
            lastProblem = problems.first().get();
            return SaveOutcome.REFUSED;
        }
        List<Person> invalid = invalidMembers();
        if (!invalid.isEmpty()) {
            lastProblem = NLS.bind(Messages.HouseholdEditor_invalidIdNumbers, invalid.get(0).getName(), invalid.get(0).getIdNumber());
            return SaveOutcome.REFUSED;
        }
        try {
            Optional<String> taken = Registry.conflicts(householdInput().store(), householdInput().id(), household.getNumber(),
                    household.getMembers().stream().map(Person::getIdNumber).toList());
            if (taken.isPresent()) {
                lastProblem = taken.get();
                return SaveOutcome.REFUSED;
            }
            session.commit();
            ((BasicCommandStack) domain.getCommandStack()).saveIsDone();
            localChanges = new LocalChanges(household);
            editorDirtyStateChanged();
            refreshers.forEach(Runnable::run);
            storedChangeListeners.forEach(Runnable::run);
            if (getSite().getPage().findView(ProblemsView.ID) instanceof ProblemsView problems) {
                problems.recheck(household, householdInput().id(), session::id);
            }
            return SaveOutcome.SAVED;
        } catch (ConflictException e) {
            lastProblem = e.getMessage();
            return SaveOutcome.CONFLICT;
        } catch (StoreException e) {
            lastProblem = e.getMessage();
            return SaveOutcome.FAILED;
        }
    }

    /** Why the last save did not happen. */
    public String lastProblem() {
        return lastProblem;
    }

    /** Saves, telling the user why not and offering the choices of a conflict. */
    boolean save() {
        return switch (trySave()) {
            case SAVED -> true;
            case REFUSED -> {
                MessageDialog.openError(getSite().getShell(), Messages.HouseholdEditor_saveRefused, lastProblem);
                yield false;
            }
            case CONFLICT -> resolveConflict(lastProblem);
            case FAILED -> {
                MessageDialog.openError(getSite().getShell(), Messages.HouseholdEditor_saveFailed, lastProblem);
                yield false;
            }
        };
    }

    private boolean resolveConflict(String conflict) {
        int choice = new MessageDialog(getSite().getShell(), Messages.HouseholdEditor_conflictTitle, null,
                NLS.bind(Messages.HouseholdEditor_conflict, conflict), MessageDialog.WARNING, 2,
                Messages.HouseholdEditor_reload, Messages.HouseholdEditor_overwrite, Messages.HouseholdEditor_keepEditing).open();
        if (choice == 0) {
            revert();
            return true;
        }
        if (choice == 1) {
            return overwrite();
        }
        return false;
    }

    /** Reloads the household as saved now, makes this editor's changes again on it, and saves. */
    public boolean overwrite() {
        List<LocalChanges.Change> mine = localChanges.of(household);
        try {
            load();
        } catch (StoreException e) {
            MessageDialog.openError(getSite().getShell(), Messages.HouseholdEditor_saveFailed, e.getMessage());
            return false;
        }
        LocalChanges.apply(mine, household, domain);
        return trySave() == SaveOutcome.SAVED || save();
    }

    /** Throws away unsaved changes and shows the household as stored now. */
    void revert() {
        try {
            load();
        } catch (StoreException e) {
            MessageDialog.openError(getSite().getShell(), Messages.HouseholdEditor_saveFailed, e.getMessage());
            return;
        }
        refreshers.forEach(Runnable::run);
        storedChangeListeners.forEach(Runnable::run);
        editorDirtyStateChanged();
    }

    @Override
    public void doSaveAs() {
        // a household is saved where it is
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public void dispose() {
        if (undoRedo != null) {
            undoRedo.dispose();
        }
        EditorSessions.close(session);
        adapterFactory.dispose();
        super.dispose();
    }
}

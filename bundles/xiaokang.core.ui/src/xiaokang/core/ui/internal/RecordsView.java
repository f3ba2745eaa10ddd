package xiaokang.core.ui.internal;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;

import xiaokang.core.ui.RecordActions;
import xiaokang.core.ui.RecordEditors;
import xiaokang.core.ui.StoreReadingView;
import xiaokang.core.ui.StoredObjectInput;
import xiaokang.edit.ui.EditCommands;
import xiaokang.edit.ui.FeatureFields;
import xiaokang.edit.ui.FeatureText;
import xiaokang.edit.ui.RecordTables;
import xiaokang.store.Session;
import xiaokang.store.Store;

/**
 * 记录: every kind of record the installed models keep on its own (a plug-in's cooperatives, a
 * county office's enrolments), listed, searched, created, opened in its generic form and deleted,
 * with no code of the plug-in's own. Records that live in another's list (an inspection in its
 * group) are edited in that record's form.
 */
public final class RecordsView extends StoreReadingView {

    public static final String ID = "xiaokang.core.ui.records"; //$NON-NLS-1$

    static final int LISTED = 500;
    private static final int COLUMNS = 8;

    private final ComposedAdapterFactory adapterFactory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
    private final AdapterFactoryEditingDomain labels = new AdapterFactoryEditingDomain(adapterFactory, null);
    private TableViewer classes;
    private Text query;
    private TableViewer records;
    private Label status;
    private EClass shownType;
    private Store shownStore;

    @Override
    public void createPartControl(Composite parent) {
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        classes = new TableViewer(sash, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.BORDER);
        classes.setContentProvider(ArrayContentProvider.getInstance());
        classes.setLabelProvider(LabelProvider.createTextProvider(type -> RecordActions.typeName((EClass) type)));
        classes.addSelectionChangedListener(event -> search());
        Composite right = new Composite(sash, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(2, 2).applyTo(right);
        query = new Text(right, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        query.setMessage(NLS.bind(Messages.RecordsView_search, LISTED));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(query);
        query.addListener(SWT.DefaultSelection, event -> search());
        records = RecordTables.create(right, SWT.DEFAULT, Listed.class, this::open);
        status = new Label(right, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
        sash.setWeights(1, 4);
        RecordActions.install(getViewSite(), records, () -> type().map(List::of).orElse(List.of()), this::storeOrNull, this::selected,
                this::search);
        listClasses();
    }

    /** Reads which classes the store keeps, in a job (the database may still be opening). */
    private void listClasses() {
        readStore(Messages.RecordsView_reading, RecordActions::standalone, types -> {
            classes.setInput(types);
            if (!types.isEmpty()) {
                classes.getTable().select(0);
                search();
            }
        });
    }

    private Optional<EClass> type() {
        return Optional.ofNullable((EClass) ((IStructuredSelection) classes.getSelection()).getFirstElement());
    }

    /** Lists the chosen class's records that the query finds, in a job; returns the job. */
    public Job search() {
        Optional<EClass> chosen = type();
        if (chosen.isEmpty()) {
            return Job.create(Messages.RecordsView_reading, monitor -> Status.OK_STATUS);
        }
        EClass type = chosen.get();
        String text = query.getText();
        return readStore(Messages.RecordsView_reading, store -> {
            try (Session session = store.openSession(System.getProperty("user.name"))) { //$NON-NLS-1$
                List<Listed> found = session.search(type, text, LISTED + 1).stream().map(r -> new Listed(r, session.id(r))).toList();
                return new Found(store, found);
            }
        }, found -> show(type, found));
    }

    /** A record listed, with its stored id (its session is closed once read). */
    public record Listed(EObject record, long id) {
    }

    /** The records a search found, with the store they were read from. */
    private record Found(Store store, List<Listed> records) {
    }

    private void show(EClass type, Found found) {
        if (type != shownType) {
            for (TableColumn column : records.getTable().getColumns()) {
                column.dispose();
            }
            EObject sample = EcoreUtil.create(type);
            type.getEAllStructuralFeatures().stream().filter(f -> FeatureFields.onForm(f) && !f.isMany()).limit(COLUMNS)
                    .forEach(feature -> RecordTables.column(records, EditCommands.displayName(labels, sample, feature), 110, Listed.class,
                            row -> text(row.record(), feature)));
            shownType = type;
        }
        shownStore = found.store();
        List<Listed> listed = found.records().subList(0, Math.min(LISTED, found.records().size()));
        records.setInput(listed);
        String name = RecordActions.typeName(type);
        status.setText(found.records().size() > LISTED ? NLS.bind(Messages.RecordsView_more, name, LISTED)
                : NLS.bind(Messages.RecordsView_shown, name, listed.size()));
    }

    private String text(EObject record, EStructuralFeature feature) {
        if (feature instanceof EAttribute attribute) {
            return FeatureText.of(labels, record, attribute);
        }
        Object target = record.eGet(feature);
        return target == null ? null : EditCommands.shortLabel(labels, (EObject) target);
    }

    private Optional<RecordActions.Row> selected() {
        Object row = ((IStructuredSelection) records.getSelection()).getFirstElement();
        return row instanceof Listed listed
                ? Optional.of(new RecordActions.Row(listed.record().eClass(), listed.id(), EditCommands.label(labels, listed.record())))
                : Optional.empty();
    }

    /** Opens a listed record in its generic form. */
    public IEditorPart open(Listed row) {
        try {
            return RecordEditors.open(getSite().getPage(),
                    new StoredObjectInput(shownStore, row.record().eClass(), row.id(), EditCommands.label(labels, row.record())));
        } catch (Exception e) {
            MessageDialog.openError(getSite().getShell(), Messages.RecordActions_newFailed, e.getMessage());
            return null;
        }
    }

    @Override
    public void recordsChanged() {
        search();
    }

    @Override
    public void setFocus() {
        query.setFocus();
    }

    @Override
    public void dispose() {
        adapterFactory.dispose();
        super.dispose();
    }
}

package xiaokang.exchange.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;

import xiaokang.exchange.ImportMode;
import xiaokang.exchange.ImportProblem;
import xiaokang.exchange.ImportResult;
import xiaokang.exchange.ImportedRecords;
import xiaokang.exchange.ModelLabels;
import xiaokang.exchange.RecordImport.Options;
import xiaokang.exchange.RecordSheet;
import xiaokang.exchange.RecordSheet.Column;
import xiaokang.exchange.RecordSheet.Kind;
import xiaokang.exchange.internal.RecordKeys.KeyException;
import xiaokang.store.Session;
import xiaokang.store.Store;
import xiaokang.store.StoreException;

/**
 * One import of a class's sheet: read, then each row matched to a stored record (by 内部编号 or
 * natural key) or made a new one, its values parsed and set, each change recorded; committed only
 * when no row has a problem and it is not a dry run.
 */
public final class RecordImporter {

    private final Store store;
    private final List<EPackage> packages;
    private final ModelLabels labels;
    private final RecordSheet sheet;
    private final Path file;
    private final Options options;
    private final RecordValues values;
    private final EAttribute key;
    private final List<ImportProblem> problems = new ArrayList<>();
    private final List<ImportResult.Change> changes = new ArrayList<>();
    private final Map<Object, Integer> seen = new HashMap<>();
    private final Set<EObject> containersLoaded = new HashSet<>();
    private Session session;
    private RecordKeys keys;
    private int created;
    private int updated;

    public RecordImporter(Store store, List<EPackage> packages, ModelLabels labels, RecordSheet sheet, Path file, Options options) {
        this.store = store;
        this.packages = packages;
        this.labels = labels;
        this.sheet = sheet;
        this.file = file;
        this.options = options;
        this.values = new RecordValues(labels);
        this.key = RecordKeys.keyAttribute(sheet.eClass());
    }

    public ImportResult run(SubMonitor progress) throws IOException, StoreException {
        progress.setWorkRemaining(10);
        progress.subTask(file.getFileName().toString());
        ListReader<Column> reader = new ListReader<>(file, new RecordColumns(sheet, labels.of(sheet.eClass())));
        reader.read();
        problems.addAll(reader.problems);
        progress.worked(2);
        boolean written = false;
        long batch = 0;
        try (Session opened = store.openSession(options.user())) {
            session = opened;
            keys = new RecordKeys(session, packages, labels);
            SubMonitor each = progress.split(7).setWorkRemaining(reader.rows.size());
            for (ListRow<Column> row : reader.rows) {
                apply(row);
                each.worked(1);
                if (each.isCanceled()) {
                    throw new OperationCanceledException();
                }
            }
            if (problems.isEmpty() && !options.dryRun()) {
                batch = session.batch(RegistryImporter.BATCH_KIND, NLS.bind(Messages.Import_batch, new Object[] { file.getFileName(),
                        Checksums.sha256(file), reader.rows.size() }));
                session.commit();
                written = true;
                if (created + updated == 0) {
                    batch = 0;
                }
            }
        }
        return new ImportResult(reader.format, reader.rows.size(), reader.rows.size(), 0, List.of(), created, 0, updated, changes,
                List.copyOf(problems), written, batch);
    }

    private void apply(ListRow<Column> row) throws StoreException {
        int before = problems.size();
        EObject existing = existing(row);
        if (problems.size() > before) {
            return;
        }
        if (existing == null && options.mode() == ImportMode.UPDATE) {
            problem(row, keyColumn(), Messages.Record_notStored);
            return;
        }
        if (existing != null && options.mode() == ImportMode.CREATE) {
            problem(row, keyColumn(), NLS.bind(Messages.Record_stored, keys.text(existing)));
            return;
        }
        EObject record = existing != null ? existing : EcoreUtil.create(sheet.eClass());
        String name = existing != null ? keys.text(existing) : null;
        boolean changed = false;
        for (Column column : sheet.columns()) {
            if (column.kind() != Kind.FEATURE || !row.sheetHas(column)) {
                continue;
            }
            if (!row.has(column)) {
                if (existing == null && column.isRequired()) {
                    problem(row, column, Messages.Import_empty);
                }
                continue;
            }
            try {
                changed |= set(record, column, value(column, row.value(column)), name);
            } catch (IllegalArgumentException e) {
                problem(row, column, e.getMessage());
            } catch (KeyException e) {
                problem(row, column, e.getMessage());
            }
        }
        if (existing == null) {
            for (Column column : sheet.columns()) {
                if (column.kind() == Kind.FEATURE && column.isRequired() && !row.sheetHas(column)) {
                    problem(row, column, Messages.Record_requiredMissing);
                }
            }
            place(row, record);
            created++;
        } else {
            checkContainer(row, existing);
            if (changed) {
                updated++;
            }
        }
        if ((existing == null || changed) && problems.size() == before) {
            participate(row, record);
        }
    }

    /** Hands the record to the plug-ins that derive something from records of its class; a refusal is the row's problem. */
    private void participate(ListRow<Column> row, EObject record) {
        for (ImportedRecords participant : options.participants()) {
            if (participant.eClass().isSuperTypeOf(record.eClass())) {
                try {
                    participant.imported(session, record);
                } catch (IllegalArgumentException | StoreException e) {
                    problem(row, null, e.getMessage());
                }
            }
        }
    }

    /** The stored record a row names by 内部编号 or key; null for a new one (a problem is reported when it names none or several). */
    private EObject existing(ListRow<Column> row) throws StoreException {
        Column id = column(Kind.ID);
        if (id != null && row.has(id)) {
            List<EObject> found = keys.byId(sheet.eClass(), row.value(id));
            if (found.isEmpty()) {
                problem(row, id, NLS.bind(Messages.Record_noSuchId, row.value(id), labels.of(sheet.eClass())));
                return null;
            }
            return once(row, id, found.get(0));
        }
        Column keyColumn = keyColumn();
        if (key == null || keyColumn == null || !row.has(keyColumn)) {
            return null;
        }
        String text = row.value(keyColumn);
        Column container = column(Kind.CONTAINER);
        if (sheet.containment() != null && container != null && row.has(container) && text.indexOf('/') < 0) {
            text = row.value(container) + '/' + text;
        }
        List<EObject> found = keys.matches(sheet.eClass(), text);
        if (found.size() > 1) {
            problem(row, keyColumn, NLS.bind(Messages.Record_ambiguous, new Object[] { text, found.size(), labels.of(sheet.eClass()) }));
            return null;
        }
        if (found.isEmpty()) {
            once(row, keyColumn, text);
            return null;
        }
        return once(row, keyColumn, found.get(0));
    }

    /** A record (or a new record's key) named by a second row is a problem: each record once per sheet. */
    private <T> T once(ListRow<Column> row, Column column, T record) {
        Integer earlier = seen.putIfAbsent(record, row.row().number());
        if (earlier != null) {
            problem(row, column, NLS.bind(Messages.Record_twice, earlier));
        }
        return record;
    }

    private Object value(Column column, String text) throws StoreException, KeyException {
        if (column.feature() instanceof EAttribute attribute) {
            return values.parse(attribute, text);
        }
        EReference reference = (EReference) column.feature();
        if (!reference.isMany()) {
            return keys.find(reference.getEReferenceType(), text);
        }
        List<EObject> targets = new ArrayList<>();
        for (String item : RecordValues.items(text)) {
            targets.add(keys.find(reference.getEReferenceType(), item));
        }
        return targets;
    }

    /** Sets a value unless it is already so; records the change of a stored record. */
    private boolean set(EObject record, Column column, Object value, String name) throws StoreException {
        EStructuralFeature feature = column.feature();
        Object old = record.eGet(feature);
        if (same(old, value)) {
            return false;
        }
        if (name != null) {
            changes.add(new ImportResult.Change(name, null, column.header(), text(feature, old), text(feature, value)));
        }
        if (feature.isMany()) {
            @SuppressWarnings("unchecked")
            EList<Object> list = (EList<Object>) old;
            list.clear();
            list.addAll((List<?>) value);
        } else {
            record.eSet(feature, value);
        }
        return true;
    }

    private static boolean same(Object old, Object value) {
        if (old instanceof BigDecimal a && value instanceof BigDecimal b) {
            return a.compareTo(b) == 0;
        }
        if (old instanceof List<?> a && value instanceof List<?> b) {
            return a.size() == b.size() && a.containsAll(b);
        }
        return Objects.equals(old, value);
    }

    private String text(EStructuralFeature feature, Object value) throws StoreException {
        if (value == null) {
            return ""; //$NON-NLS-1$
        }
        if (feature instanceof EAttribute attribute) {
            return String.valueOf(values.cell(attribute, value));
        }
        if (value instanceof List<?> list) {
            List<String> texts = new ArrayList<>();
            for (Object target : list) {
                texts.add(keys.text((EObject) target));
            }
            return RecordValues.join(texts);
        }
        return keys.text((EObject) value);
    }

    /** Puts a new record into its container's list, or among the records that stand alone. */
    private void place(ListRow<Column> row, EObject record) throws StoreException {
        if (sheet.containment() == null) {
            session.add(record);
            return;
        }
        Column column = column(Kind.CONTAINER);
        if (!row.has(column)) {
            problem(row, column, row.sheetHas(column) ? Messages.Import_empty : Messages.Record_requiredMissing);
            return;
        }
        try {
            EObject container = keys.find(sheet.containment().getEContainingClass(), row.value(column));
            if (containersLoaded.add(container)) {
                session.children(container, sheet.containment());
            }
            @SuppressWarnings("unchecked")
            EList<EObject> list = (EList<EObject>) container.eGet(sheet.containment());
            list.add(record);
        } catch (KeyException e) {
            problem(row, column, e.getMessage());
        }
    }

    /** A stored record stays in its container: moving one is an edit, not an import. */
    private void checkContainer(ListRow<Column> row, EObject record) throws StoreException {
        Column column = column(Kind.CONTAINER);
        if (column == null || !row.has(column)) {
            return;
        }
        try {
            EObject container = keys.find(sheet.containment().getEContainingClass(), row.value(column));
            if (session.id(container) != session.containerId(record) && container != record.eContainer()) {
                problem(row, column, NLS.bind(Messages.Record_otherContainer, keys.text(record), keys.text(keys.container(record))));
            }
        } catch (KeyException e) {
            problem(row, column, e.getMessage());
        }
    }

    private Column column(Kind kind) {
        return sheet.columns().stream().filter(c -> c.kind() == kind).findFirst().orElse(null);
    }

    private Column keyColumn() {
        return sheet.columns().stream().filter(c -> c.kind() == Kind.FEATURE && c.feature() == key).findFirst().orElse(column(Kind.ID));
    }

    private void problem(ListRow<Column> row, Column column, String message) {
        problems.add(new ImportProblem(file.getFileName().toString(), row.row().sheet(), row.row().number(),
                column == null ? "" : row.header(column), message)); //$NON-NLS-1$
    }
}

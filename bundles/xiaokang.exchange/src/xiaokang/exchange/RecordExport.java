package xiaokang.exchange;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;

import xiaokang.core.model.Township;
import xiaokang.exchange.RecordSheet.Column;
import xiaokang.exchange.internal.Messages;
import xiaokang.exchange.internal.RecordKeys;
import xiaokang.exchange.internal.RecordValues;
import xiaokang.exchange.internal.TableWriter;
import xiaokang.store.Masking;
import xiaokang.store.Session;
import xiaokang.store.Store;
import xiaokang.store.StoreException;

/**
 * Writes every record of a class as its {@link RecordSheet} (.xlsx or .csv, streaming), with each
 * record's 内部编号, so that {@link RecordImport} reads it back unchanged.
 */
public final class RecordExport {

    /** How far a record's references are followed to find its township. */
    private static final int TOWNSHIP_DEPTH = 6;
    private static final String ID_NUMBER = "idNumber"; //$NON-NLS-1$
    private static final String PHONE = "phone"; //$NON-NLS-1$

    private RecordExport() {
    }

    /**
     * Writes the records.
     *
     * @param township only records of this township (held in it, or referring to a place,
     *            household or person of it), or null for all
     * @param mask whether ID numbers and phone numbers are masked (a masked sheet does not import back)
     * @return the rows written
     */
    public static int write(Store store, List<EPackage> packages, ModelLabels labels, EClass eClass, Path out, String township, boolean mask,
            IProgressMonitor monitor) throws IOException, StoreException {
        SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.Export_records, labels.of(eClass)), 100);
        RecordSheet sheet = RecordSheet.of(eClass, packages, labels);
        RecordValues values = new RecordValues(labels);
        int written = 0;
        try (Session session = store.openSession(System.getProperty("user.name")); //$NON-NLS-1$
                TableWriter writer = TableWriter.open(out, labels.of(eClass), sheet.headers())) {
            RecordKeys keys = new RecordKeys(session, packages, labels);
            List<EObject> records = records(session, packages, eClass);
            progress.worked(20);
            SubMonitor each = progress.split(80).setWorkRemaining(records.size());
            for (EObject record : records) {
                if (township == null || township.equals(townshipOf(keys, record))) {
                    writer.row(row(session, keys, values, sheet, record, mask));
                    written++;
                }
                each.worked(1);
                if (each.isCanceled()) {
                    throw new OperationCanceledException();
                }
            }
            if (written == 0 && township != null) {
                throw new StoreException(NLS.bind(Messages.Export_noTownshipRecords, township, labels.of(eClass)));
            }
            writer.complete();
        }
        return written;
    }

    /** Every stored record of the class: those that stand alone, or those in each of their containers' lists. */
    private static List<EObject> records(Session session, List<EPackage> packages, EClass eClass) throws StoreException {
        EReference containment = RecordSheet.containment(eClass, packages);
        if (containment == null) {
            return session.<EObject>roots(eClass).stream().filter(eClass::isInstance).toList();
        }
        List<EObject> records = new ArrayList<>();
        for (EObject container : records(session, packages, containment.getEContainingClass())) {
            for (EObject child : session.<EObject>children(container, containment)) {
                if (eClass.isInstance(child)) {
                    records.add(child);
                }
            }
        }
        return records;
    }

    private static List<Object> row(Session session, RecordKeys keys, RecordValues values, RecordSheet sheet, EObject record, boolean mask)
            throws StoreException {
        List<Object> cells = new ArrayList<>();
        for (Column column : sheet.columns()) {
            switch (column.kind()) {
                case ID -> cells.add(session.id(record));
                case CONTAINER ->
                    cells.add(masked(keys.text(keys.container(record)), RecordKeys.keyAttribute(sheet.containment().getEContainingClass()), mask));
                case FEATURE -> cells.add(feature(keys, values, record, column.feature(), mask));
            }
        }
        return cells;
    }

    private static Object feature(RecordKeys keys, RecordValues values, EObject record, EStructuralFeature feature, boolean mask) throws StoreException {
        Object value = record.eGet(feature);
        if (feature instanceof EAttribute attribute) {
            Object cell = values.cell(attribute, value);
            return cell instanceof String text ? masked(text, attribute, mask) : cell;
        }
        EAttribute key = RecordKeys.keyAttribute(((EReference) feature).getEReferenceType());
        if (value instanceof List<?> list) {
            List<String> texts = new ArrayList<>();
            for (Object target : list) {
                texts.add(masked(keys.text((EObject) target), key, mask));
            }
            return texts.isEmpty() ? null : RecordValues.join(texts);
        }
        return value == null ? null : masked(keys.text((EObject) value), key, mask);
    }

    /** ID numbers and phone numbers masked for a sheet that leaves the office. */
    private static String masked(String text, EAttribute attribute, boolean mask) {
        if (!mask || attribute == null || text == null) {
            return text;
        }
        return switch (attribute.getName()) {
            case ID_NUMBER -> Masking.idNumber(text);
            case PHONE -> Masking.phone(text);
            default -> text;
        };
    }

    /** The township a record belongs to: its own container chain, else that of the first place, household or person it refers to. */
    private static String townshipOf(RecordKeys keys, EObject record) throws StoreException {
        EObject current = record;
        for (int depth = 0; current != null && depth < TOWNSHIP_DEPTH; depth++) {
            if (current instanceof Township township) {
                return township.getName();
            }
            EObject container = keys.container(current);
            current = container != null ? container : firstReferenced(current);
        }
        return null;
    }

    private static EObject firstReferenced(EObject record) {
        for (EReference reference : record.eClass().getEAllReferences()) {
            if (!reference.isMany() && !reference.isContainment() && !reference.isContainer() && record.eGet(reference) instanceof EObject target) {
                return target;
            }
        }
        return null;
    }
}

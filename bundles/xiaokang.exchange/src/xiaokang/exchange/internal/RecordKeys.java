package xiaokang.exchange.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;

import xiaokang.exchange.Cells;
import xiaokang.exchange.ModelLabels;
import xiaokang.exchange.RecordSheet;
import xiaokang.store.Session;
import xiaokang.store.StoreException;

/**
 * How a sheet names a stored record: by its class's natural key, the attribute annotated
 * {@code http://xiaokang/exchange key="true"} (an ID number, a registration number) or a unique
 * one (a household's number); by {@code key="inContainer"} within its container, written
 * {@code 仙槎桥镇/大禾村} (the container's key, then its own) or, where that is unambiguous, alone;
 * a class without a key by its stored id (内部编号).
 */
public final class RecordKeys {

    private static final String SOURCE = "http://xiaokang/exchange"; //$NON-NLS-1$
    private static final String STORE = "http://xiaokang/store"; //$NON-NLS-1$
    private static final String IN_CONTAINER = "inContainer"; //$NON-NLS-1$
    private static final char SCOPE = '/';

    /** Why a text names no record, or several. */
    public static final class KeyException extends Exception {
        private static final long serialVersionUID = 1L;

        KeyException(String message) {
            super(message);
        }
    }

    private final Session session;
    private final List<EPackage> packages;
    private final ModelLabels labels;
    private final Map<EClass, Map<String, Object>> resolved = new HashMap<>();
    private final Map<EObject, String> texts = new HashMap<>();

    public RecordKeys(Session session, List<EPackage> packages, ModelLabels labels) {
        this.session = session;
        this.packages = packages;
        this.labels = labels;
    }

    /** The attribute that names the class's records, or null when they have none but their id. */
    public static EAttribute keyAttribute(EClass eClass) {
        for (EAttribute attribute : eClass.getEAllAttributes()) {
            if (EcoreUtil.getAnnotation(attribute, SOURCE, "key") != null || "true".equals(EcoreUtil.getAnnotation(attribute, STORE, "unique"))) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                return attribute;
            }
        }
        return null;
    }

    private static boolean inContainer(EAttribute key) {
        return IN_CONTAINER.equals(EcoreUtil.getAnnotation(key, SOURCE, "key")); //$NON-NLS-1$
    }

    /** The text a sheet names a stored (or new) record by. */
    public String text(EObject object) throws StoreException {
        String known = texts.get(object);
        if (known != null) {
            return known;
        }
        EAttribute key = keyAttribute(object.eClass());
        String text;
        if (key == null) {
            text = String.valueOf(session.id(object));
        } else {
            Object value = object.eGet(key);
            text = value == null ? "" : EcoreUtil.convertToString(key.getEAttributeType(), value); //$NON-NLS-1$
            EObject container = inContainer(key) ? container(object) : null;
            if (container != null) {
                text = text(container) + SCOPE + text;
            }
        }
        if (session.id(object) >= 0) {
            texts.put(object, text);
        }
        return text;
    }

    /** The record that contains a stored record, read when it was loaded alone, or null for a record that stands alone. */
    public EObject container(EObject object) throws StoreException {
        if (object.eContainer() != null) {
            return object.eContainer();
        }
        long id = session.containerId(object);
        EReference containment = RecordSheet.containment(object.eClass(), packages);
        return id < 0 || containment == null ? null : session.get(containment.getEContainingClass(), id);
    }

    /**
     * The stored record of {@code type} that {@code text} names.
     *
     * @throws KeyException when it names none, or several
     */
    public EObject find(EClass type, String text) throws StoreException, KeyException {
        Map<String, Object> known = resolved.computeIfAbsent(type, any -> new HashMap<>());
        Object found = known.get(text);
        if (found == null) {
            found = lookUp(type, text);
            known.put(text, found);
        }
        if (found instanceof String message) {
            throw new KeyException(message);
        }
        return (EObject) found;
    }

    /** The record found, or why there is none. */
    private Object lookUp(EClass type, String text) throws StoreException {
        List<EObject> matches = matches(type, text);
        if (matches.size() == 1) {
            return matches.get(0);
        }
        EAttribute key = keyAttribute(type);
        String how = key == null ? Messages.Record_id : labels.of(key);
        if (matches.isEmpty()) {
            return NLS.bind(Messages.Record_unknown, new Object[] { text, labels.of(type), how });
        }
        return NLS.bind(key != null && inContainer(key) ? Messages.Record_ambiguousInContainer : Messages.Record_ambiguous,
                new Object[] { text, matches.size(), labels.of(type) });
    }

    /**
     * Every stored record of {@code type} that {@code text} names: none, one, or (a key not kept
     * unique) several. A number that is no record's key is taken for a 内部编号.
     */
    public List<EObject> matches(EClass type, String text) throws StoreException {
        EAttribute key = keyAttribute(type);
        if (key == null) {
            return byId(type, text);
        }
        List<EObject> byKey = byKey(type, key, text);
        return byKey.isEmpty() ? byId(type, text) : byKey;
    }

    /** The stored record of {@code type} whose 内部编号 {@code text} is, if there is one. */
    public List<EObject> byId(EClass type, String text) throws StoreException {
        try {
            EObject object = session.get(type, Long.parseLong(Cells.headerKey(text)));
            return object != null && type.isInstance(object) ? List.of(object) : List.of();
        } catch (NumberFormatException e) {
            return List.of();
        }
    }

    private List<EObject> byKey(EClass type, EAttribute key, String text) throws StoreException {
        String scope = null;
        String value = text;
        int slash = text.lastIndexOf(SCOPE);
        if (inContainer(key) && slash > 0) {
            scope = text.substring(0, slash).strip();
            value = text.substring(slash + 1).strip();
        }
        Object keyValue;
        try {
            keyValue = EcoreUtil.createFromString(key.getEAttributeType(), value);
        } catch (RuntimeException e) {
            return List.of();
        }
        List<EObject> found = session.find(key, keyValue);
        found = found.stream().filter(type::isInstance).toList();
        if (scope == null) {
            return found;
        }
        String wanted = Cells.headerKey(scope);
        List<EObject> inScope = new ArrayList<>();
        for (EObject candidate : found) {
            EObject container = container(candidate);
            if (container != null && (Cells.headerKey(text(container)).equals(wanted) || Cells.headerKey(plainKey(container)).equals(wanted))) {
                inScope.add(candidate);
            }
        }
        return inScope;
    }

    /** The container's own key value, without its container's: 仙槎桥镇 whether or not townships are scoped. */
    private static String plainKey(EObject object) {
        EAttribute key = keyAttribute(object.eClass());
        Object value = key == null ? null : object.eGet(key);
        return value == null ? "" : value.toString(); //$NON-NLS-1$
    }
}

package xiaokang.monitoring;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.osgi.util.NLS;

import xiaokang.store.Session;
import xiaokang.store.StoreException;

/**
 * A help measure's link to another plug-in's record, written {@code industry.BenefitLink#12}: the
 * model's prefix, the class and the stored id, as the audit and the record views name records.
 */
public final class LinkedRecords {

    private static final Pattern LINK = Pattern.compile("([A-Za-z]\\w*)\\.([A-Za-z]\\w*)#(\\d{1,18})"); //$NON-NLS-1$

    private LinkedRecords() {
    }

    /** Why a link names no stored record; empty when it names one, or when there is no link. */
    public static Optional<String> check(Session session, String link) {
        if (link == null || link.isBlank()) {
            return Optional.empty();
        }
        Matcher parts = LINK.matcher(link.strip());
        if (!parts.matches()) {
            return Optional.of(NLS.bind(Messages.LinkedRecords_format, link.strip()));
        }
        EClass eClass = eClass(parts.group(1), parts.group(2));
        if (eClass == null) {
            return Optional.of(NLS.bind(Messages.LinkedRecords_noClass, parts.group(1) + '.' + parts.group(2)));
        }
        try {
            return session.get(eClass, Long.parseLong(parts.group(3))) == null ? Optional.of(NLS.bind(Messages.LinkedRecords_noRecord, link.strip()))
                    : Optional.empty();
        } catch (StoreException e) {
            return Optional.of(NLS.bind(Messages.LinkedRecords_noClass, parts.group(1) + '.' + parts.group(2)));
        }
    }

    private static EClass eClass(String prefix, String name) {
        for (String uri : EPackage.Registry.INSTANCE.keySet().toArray(String[]::new)) {
            EPackage ePackage = EPackage.Registry.INSTANCE.getEPackage(uri);
            if (ePackage != null && prefix.equals(ePackage.getNsPrefix())) {
                EClassifier classifier = ePackage.getEClassifier(name);
                if (classifier instanceof EClass eClass) {
                    return eClass;
                }
            }
        }
        return null;
    }
}

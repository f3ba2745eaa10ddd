package xiaokang.reports.ui.internal;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

import xiaokang.core.Rules;
import xiaokang.core.Severity;
import xiaokang.core.Validator;
import xiaokang.core.Violation;
import xiaokang.core.model.City;
import xiaokang.core.model.CorePackage;
import xiaokang.data.CountyWalk;
import xiaokang.store.Session;
import xiaokang.store.Store;
import xiaokang.store.StoreException;

/**
 * How many breaches of the installed rules a place's households have, by severity: what the
 * Problems view lists, counted for the home page by the same rules.
 */
final class FindingCounts {

    private FindingCounts() {
    }

    /** @param placeId the stored id of the township or village; ignored for the city */
    static Map<Severity, Integer> of(Store store, EClass level, long placeId, IProgressMonitor monitor) throws StoreException {
        Validator validator = new Validator(Rules.read(Platform.getExtensionRegistry()), LocalDate.now());
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            counts.put(severity, 0);
        }
        try (Session session = store.openSession(System.getProperty("user.name"))) { //$NON-NLS-1$
            EObject place = level == CorePackage.Literals.CITY
                    ? session.<City>roots(CorePackage.Literals.CITY).stream().findFirst().orElse(null)
                    : session.get(level, placeId);
            if (place == null) {
                return counts;
            }
            CountyWalk.householdsOf(session, place, monitor, Messages.HomePage_checking, household -> {
                for (Violation violation : validator.validateTree(household)) {
                    counts.merge(violation.severity(), 1, Integer::sum);
                }
            });
        }
        return counts;
    }
}

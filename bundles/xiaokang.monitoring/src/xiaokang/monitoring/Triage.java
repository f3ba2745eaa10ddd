package xiaokang.monitoring;

import java.util.Collection;

import org.eclipse.osgi.util.NLS;

import xiaokang.monitoring.model.HowFound;
import xiaokang.monitoring.model.MonitoredHousehold;
import xiaokang.monitoring.model.MonitoringCategory;
import xiaokang.monitoring.model.MonitoringPackage;
import xiaokang.monitoring.model.RiskType;
import xiaokang.monitoring.model.Warning;
import xiaokang.store.Session;
import xiaokang.store.Store;
import xiaokang.store.StoreException;

/**
 * The triage of stored warnings (研判), each in its own transaction: a warning dismissed with its
 * reason, or its household's identification started; a refused step writes nothing.
 */
public final class Triage {

    private Triage() {
    }

    /** Dismisses an open warning with the reason. */
    public static void dismiss(Store store, long warningId, MonitoringLifecycle.StepInput input) throws StoreException, StepRefusedException {
        try (Session session = store.openSession(input.actor())) {
            Warnings.dismiss(warning(session, warningId), input);
            session.commit();
        }
    }

    /**
     * Starts the identification of an open warning's household at 预警, with the visit due within the
     * days of the warning's year.
     *
     * @return the new monitored household's id
     */
    public static long identify(Store store, long warningId, MonitoringCategory category, Collection<RiskType> risks, HowFound how,
            MonitoringLifecycle.StepInput input) throws StoreException, StepRefusedException {
        try (Session session = store.openSession(input.actor())) {
            Warning warning = warning(session, warningId);
            MonitoredHousehold monitored = Warnings.identify(warning, category, risks, how, input,
                    IncomeCards.policy(session, warning.getYear()));
            session.add(monitored);
            session.commit();
            return session.id(monitored);
        }
    }

    private static Warning warning(Session session, long id) throws StoreException {
        Warning warning = session.get(MonitoringPackage.Literals.WARNING, id);
        if (warning == null) {
            throw new StoreException(NLS.bind(Messages.Triage_noWarning, id));
        }
        return warning;
    }
}

package xiaokang.monitoring;

import java.time.LocalDate;
import java.util.Collection;

import org.eclipse.osgi.util.NLS;

import xiaokang.monitoring.model.HowFound;
import xiaokang.monitoring.model.MonitoredHousehold;
import xiaokang.monitoring.model.MonitoringCategory;
import xiaokang.monitoring.model.PolicyYear;
import xiaokang.monitoring.model.RiskType;
import xiaokang.monitoring.model.Warning;
import xiaokang.monitoring.model.WarningStatus;

/**
 * The triage of a warning (研判): dismissed with a reason, or the identification of its household
 * started. Only an open warning is triaged.
 */
public final class Warnings {

    private Warnings() {
    }

    /** Open past its visit day or its decision day. */
    public static boolean overdue(Warning warning, LocalDate today) {
        return overdue(warning.getStatus(), warning.getVisitBy(), warning.getDecideBy(), today);
    }

    /** Open past its visit day or its decision day, for a warning read as a row. */
    public static boolean overdue(WarningStatus status, LocalDate visitBy, LocalDate decideBy, LocalDate today) {
        return status == WarningStatus.OPEN && (before(visitBy, today) || before(decideBy, today));
    }

    /** Closes an open warning as not a risk, with the reason. */
    public static void dismiss(Warning warning, MonitoringLifecycle.StepInput input) throws StepRefusedException {
        requireOpen(warning);
        if (input.note() == null || input.note().isBlank()) {
            throw new StepRefusedException(Messages.Warnings_needsReason);
        }
        if (input.actor() == null || input.actor().isBlank()) {
            throw new StepRefusedException(Messages.Lifecycle_needsActor);
        }
        warning.setStatus(WarningStatus.DISMISSED);
        warning.setNote(input.note().strip());
        handled(warning, input);
    }

    /**
     * Starts the identification of the warning's household (the caller stores the new monitored
     * household); the warning points to it.
     */
    public static MonitoredHousehold identify(Warning warning, MonitoringCategory category, Collection<RiskType> risks, HowFound how,
            MonitoringLifecycle.StepInput input, PolicyYear policy) throws StepRefusedException {
        requireOpen(warning);
        MonitoredHousehold monitored = MonitoringLifecycle.start(warning.getHousehold(), category, risks, how, new MonitoringLifecycle.StepInput(input.actor(),
                input.note() == null || input.note().isBlank() ? warning.getReason() : input.note(), input.date()),
                policy);
        warning.setStatus(WarningStatus.IDENTIFYING);
        warning.setMonitored(monitored);
        handled(warning, input);
        return monitored;
    }

    private static void requireOpen(Warning warning) throws StepRefusedException {
        if (warning.getStatus() != WarningStatus.OPEN) {
            throw new StepRefusedException(NLS.bind(Messages.Warnings_notOpen, Labels.of(warning.getStatus())));
        }
    }

    private static void handled(Warning warning, MonitoringLifecycle.StepInput input) {
        warning.setHandledBy(input.actor().strip());
        warning.setHandledOn(input.date());
    }

    private static boolean before(LocalDate due, LocalDate today) {
        return due != null && due.isBefore(today);
    }
}

package xiaokang.monitoring;

import org.eclipse.emf.common.util.Enumerator;

import xiaokang.core.EnumLabels;

/** The user's words for the monitoring model's enumerations (warning kinds, stages, steps, risks...) and the six checks. */
public final class Labels {

    private Labels() {
    }

    /** {@code MonitoringStage.MONITORED} reads {@code MonitoringStage_MONITORED} from the messages. */
    public static String of(Enumerator literal) {
        return EnumLabels.of(Messages.class, literal);
    }
}

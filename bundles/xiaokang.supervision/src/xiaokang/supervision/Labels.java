package xiaokang.supervision;

import org.eclipse.emf.common.util.Enumerator;

import xiaokang.core.EnumLabels;

/** The user's words for the supervision model's enumerations (status, area, source, level...). */
public final class Labels {

    private Labels() {
    }

    /** {@code ProblemStatus.CLOSED} reads {@code ProblemStatus_CLOSED} from the messages. */
    public static String of(Enumerator literal) {
        return EnumLabels.of(Messages.class, literal);
    }
}

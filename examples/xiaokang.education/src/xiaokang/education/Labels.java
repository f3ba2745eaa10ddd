package xiaokang.education;

import org.eclipse.emf.common.util.Enumerator;

import xiaokang.core.EnumLabels;

/** The user's words for the education model's enumerations (school stage, enrolment status, aid kind). */
public final class Labels {

    private Labels() {
    }

    /** {@code SchoolStage.PRIMARY} reads {@code SchoolStage_PRIMARY} from the messages. */
    public static String of(Enumerator literal) {
        return EnumLabels.of(Messages.class, literal);
    }
}

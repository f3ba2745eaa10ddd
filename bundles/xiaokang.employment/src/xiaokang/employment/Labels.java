package xiaokang.employment;

import org.eclipse.emf.common.util.Enumerator;

import xiaokang.core.EnumLabels;

/** The user's words for the employment model's enumerations (work place, return status, training kind). */
public final class Labels {

    private Labels() {
    }

    /** {@code WorkPlace.IN_COUNTY} reads {@code WorkPlace_IN_COUNTY} from the messages. */
    public static String of(Enumerator literal) {
        return EnumLabels.of(Messages.class, literal);
    }
}

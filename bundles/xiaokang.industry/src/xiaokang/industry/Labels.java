package xiaokang.industry;

import org.eclipse.emf.common.util.Enumerator;

import xiaokang.core.EnumLabels;

/** The user's words for the industry model's enumerations (link mode, buyer kind...). */
public final class Labels {

    private Labels() {
    }

    /** {@code LinkMode.LABOUR} reads {@code LinkMode_LABOUR} from the messages. */
    public static String of(Enumerator literal) {
        return EnumLabels.of(Messages.class, literal);
    }
}

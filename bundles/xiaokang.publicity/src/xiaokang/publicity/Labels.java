package xiaokang.publicity;

import org.eclipse.emf.common.util.Enumerator;

import xiaokang.core.EnumLabels;

/** The user's words for the publicity model's enumerations (media kind, award level, four-ones kind...). */
public final class Labels {

    private Labels() {
    }

    /** {@code FourOnesKind.VISIT} reads {@code FourOnesKind_VISIT} from the messages. */
    public static String of(Enumerator literal) {
        return EnumLabels.of(Messages.class, literal);
    }
}

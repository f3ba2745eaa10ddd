package xiaokang.supervision;

import java.lang.reflect.Field;

import org.eclipse.emf.common.util.Enumerator;

/** The user's words for the supervision model's enumerations (status, area, source, level...). */
public final class Labels {

    private Labels() {
    }

    /** {@code ProblemStatus.CLOSED} reads {@code ProblemStatus_CLOSED} from the messages; unknown literals show as they are. */
    public static String of(Enumerator literal) {
        if (literal == null) {
            return ""; //$NON-NLS-1$
        }
        try {
            Field field = Messages.class.getField(literal.getClass().getSimpleName() + '_' + literal.getName());
            return (String) field.get(null);
        } catch (ReflectiveOperationException e) {
            return literal.getLiteral();
        }
    }
}

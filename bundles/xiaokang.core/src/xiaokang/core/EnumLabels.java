package xiaokang.core;

import java.lang.reflect.Field;

import org.eclipse.emf.common.util.Enumerator;

/**
 * The user's words for a model's enumeration literals, kept in a plug-in's NLS messages class as
 * fields named {@code Type_LITERAL} (e.g. {@code ProblemStatus_CLOSED}), so that a plug-in's
 * logic names its enumerations without depending on the item providers.
 */
public final class EnumLabels {

    private EnumLabels() {
    }

    /** The message {@code Type_LITERAL} of {@code messages}; an unknown literal shows as it is. */
    public static String of(Class<?> messages, Enumerator literal) {
        if (literal == null) {
            return ""; //$NON-NLS-1$
        }
        try {
            Field field = messages.getField(literal.getClass().getSimpleName() + '_' + literal.getName());
            return (String) field.get(null);
        } catch (ReflectiveOperationException e) {
            return literal.getLiteral();
        }
    }
}

package xiaokang.core.internal.rules;

import org.eclipse.osgi.util.NLS;

import xiaokang.core.IdNumbers;

final class RuleMessages extends NLS {
    private static final String BUNDLE_NAME = "xiaokang.core.internal.rules.messages"; //$NON-NLS-1$

    public static String IdProblem_BIRTH_DATE;
    public static String IdProblem_CHARACTERS;
    public static String IdProblem_CHECK_DIGIT;
    public static String IdProblem_LENGTH;

    static {
        NLS.initializeMessages(BUNDLE_NAME, RuleMessages.class);
    }

    private RuleMessages() {
    }

    static String of(IdNumbers.Problem problem) {
        return switch (problem) {
            case LENGTH -> IdProblem_LENGTH;
            case CHARACTERS -> IdProblem_CHARACTERS;
            case BIRTH_DATE -> IdProblem_BIRTH_DATE;
            case CHECK_DIGIT -> IdProblem_CHECK_DIGIT;
        };
    }
}

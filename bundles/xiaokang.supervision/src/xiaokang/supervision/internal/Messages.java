package xiaokang.supervision.internal;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
    private static final String BUNDLE_NAME = "xiaokang.supervision.internal.messages"; //$NON-NLS-1$

    public static String OpenProblemFindings_open;
    public static String OpenProblemFindings_overdue;
    public static String OpenProblemFindings_policy;
    public static String RescreenCommand_noRound;
    public static String RescreenCommand_done;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}

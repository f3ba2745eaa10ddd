package xiaokang.cli;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
    private static final String BUNDLE_NAME = "xiaokang.cli.messages"; //$NON-NLS-1$

    public static String Arguments_badNumber;
    public static String Arguments_missingValue;
    public static String Arguments_unknownOption;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}

package xiaokang.monitoring.internal;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {

    private static final String BUNDLE_NAME = "xiaokang.monitoring.internal.messages"; //$NON-NLS-1$

    public static String WarningsCommand_done;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}

package xiaokang.core;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
    private static final String BUNDLE_NAME = "xiaokang.core.messages"; //$NON-NLS-1$

    public static String Models_unknownPackage;
    public static String Rules_invalid;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}

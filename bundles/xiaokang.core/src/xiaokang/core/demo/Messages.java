package xiaokang.core.demo;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
    private static final String BUNDLE_NAME = "xiaokang.core.demo.messages"; //$NON-NLS-1$

    public static String DemoGenerators_cycle;
    public static String DemoGenerators_unknown;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}

package xiaokang.core.ui.internal;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
    private static final String BUNDLE_NAME = "xiaokang.core.ui.internal.messages"; //$NON-NLS-1$

    public static String CountyNavigator_households;
    public static String CountyNavigator_loading;
    public static String CountyNavigator_loadJob;
    public static String CountyNavigator_noData;
    public static String CountyNavigator_townships;
    public static String CountyNavigator_villages;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}

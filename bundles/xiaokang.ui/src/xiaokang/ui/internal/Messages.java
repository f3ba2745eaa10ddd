package xiaokang.ui.internal;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
    private static final String BUNDLE_NAME = "xiaokang.ui.internal.messages"; //$NON-NLS-1$

    public static String AboutDialog_data;
    public static String AboutDialog_java;
    public static String AboutDialog_title;
    public static String AboutDialog_version;
    public static String FirstStartDemo_done;
    public static String FirstStartDemo_failed;
    public static String FirstStartDemo_job;
    public static String FirstStartDemo_started;
    public static String Menu_edit;
    public static String Menu_file;
    public static String Menu_help;
    public static String Menu_window;
    public static String Product_name;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}

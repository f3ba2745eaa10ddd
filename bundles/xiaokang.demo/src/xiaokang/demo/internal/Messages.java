package xiaokang.demo.internal;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "xiaokang.demo.internal.messages"; //$NON-NLS-1$

    public static String DemoCommand_done;
    public static String DemoCommand_exists;
    public static String DemoCommand_unfinished;
    public static String DemoCommand_notDatabase;
    public static String DemoCommand_replaceNetwork;
    public static String DemoCommand_summary;
    public static String DemoDatabase_derivedFailed;
    public static String DemoDatabase_notEmpty;
    public static String DemoDatabase_storing;
    public static String DemoDatabase_task;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}

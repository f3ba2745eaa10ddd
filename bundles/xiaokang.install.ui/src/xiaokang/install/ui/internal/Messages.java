package xiaokang.install.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Every user-visible string of the plug-ins dialog. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "xiaokang.install.ui.internal.messages"; //$NON-NLS-1$

    public static String Dialog_title;
    public static String Dialog_intro;
    public static String Column_name;
    public static String Column_id;
    public static String Column_version;
    public static String Button_fromFolder;
    public static String Button_fromZip;
    public static String Button_remove;
    public static String Choose_folder;
    public static String Install_nothingNew;
    public static String Install_choose;
    public static String Install_done;
    public static String Install_cancelled;
    public static String Remove_confirm;
    public static String Remove_done;
    public static String Restart_question;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}

package xiaokang.ui.internal;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
    private static final String BUNDLE_NAME = "xiaokang.ui.internal.messages"; //$NON-NLS-1$

    public static String AboutDialog_data;
    public static String Application_dataInUse;
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
    public static String Login_title;
    public static String Window_titleLoggedIn;
    public static String Login_message;
    public static String Login_user;
    public static String Login_password;
    public static String Login_button;
    public static String Login_missing;

    public static String Preferences_title;
    public static String Preferences_description;
    public static String Preferences_database;
    public static String Preferences_embedded;
    public static String Preferences_folder;
    public static String Preferences_browse;
    public static String Preferences_server;
    public static String Preferences_serverUrl;
    public static String Preferences_user;
    public static String Preferences_test;
    public static String Preferences_testing;
    public static String Preferences_connected;
    public static String Preferences_language;
    public static String Preferences_languageLabel;
    public static String Preferences_chinese;
    public static String Preferences_english;
    public static String Preferences_restartNote;
    public static String Preferences_restart;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}

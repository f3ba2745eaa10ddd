package xiaokang.server.ui.internal;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
    private static final String BUNDLE_NAME = "xiaokang.server.ui.internal.messages"; //$NON-NLS-1$

    public static String UsersView_name;
    public static String UsersView_role;
    public static String UsersView_townships;
    public static String UsersView_state;
    public static String UsersView_disabled;
    public static String UsersView_active;
    public static String UsersView_locked;
    public static String UserDialog_cadre;
    public static String UsersView_cadre;
    public static String UserDialog_cadreHint;
    public static String UserDialog_noCadre;
    public static String UsersView_created;
    public static String UsersView_createdBy;
    public static String UsersView_add;
    public static String UsersView_disable;
    public static String UsersView_reset;
    public static String UsersView_refresh;
    public static String UsersView_reading;
    public static String UsersView_noLogins;
    public static String UsersView_count;
    public static String UsersView_adminOnly;
    public static String UsersView_confirmDisable;
    public static String UsersView_selectFirst;
    public static String UserDialog_addTitle;
    public static String UserDialog_resetTitle;
    public static String UserDialog_resetFor;
    public static String UserDialog_addMessage;
    public static String UserDialog_resetMessage;
    public static String UserDialog_name;
    public static String UserDialog_role;
    public static String UserDialog_townships;
    public static String UserDialog_password;
    public static String UserDialog_repeat;
    public static String UserDialog_add;
    public static String UserDialog_reset;
    public static String UserDialog_noName;
    public static String UserDialog_noTownship;
    public static String UserDialog_short;
    public static String UserDialog_differ;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}

package xiaokang.data.internal;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "xiaokang.data.internal.messages"; //$NON-NLS-1$

    public static String Registry_gone;
    public static String Registry_noNumber;
    public static String Registry_numberTaken;
    public static String Registry_idNumberTaken;
    public static String DuplicateIdNumbers_message;
    public static String WorkbenchStore_noData;
    public static String DataLocation_noDatabase;
    public static String DataLocation_passwordPrompt;
    public static String DataLocation_noPassword;
    public static String WorkbenchStore_notLoggedIn;
    public static String DatabaseSettings_badServer;
    public static String DatabaseSettings_userInUrl;
    public static String DatabaseSettings_notSaved;

    public static String AuditCommand_badId;
    public static String AuditCommand_none;
    public static String AuditCommand_in;
    public static String AuditCommand_insert;
    public static String AuditCommand_update;
    public static String AuditCommand_delete;

    public static String HelpForces_noCadre;
    public static String HelpForces_noHousehold;
    public static String HelpForces_batch;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}

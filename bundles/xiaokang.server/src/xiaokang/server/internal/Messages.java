package xiaokang.server.internal;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
    private static final String BUNDLE_NAME = "xiaokang.server.internal.messages"; //$NON-NLS-1$

    public static String Server_whichAction;
    public static String Server_derivedFailed;
    public static String Server_runningNoInit;
    public static String Server_adminPasswordPrompt;
    public static String Server_noPassword;
    public static String Server_initialised;
    public static String Server_next;
    public static String Server_noDatabase;
    public static String Server_alreadyRunning;
    public static String Server_notStarted;
    public static String Server_portTaken;
    public static String Server_started;
    public static String Server_died;
    public static String Server_notRunning;
    public static String Server_didNotStop;
    public static String Server_stopped;
    public static String Server_statusDatabase;
    public static String Server_statusPresent;
    public static String Server_statusMissing;
    public static String Server_statusStopped;
    public static String Server_statusRunning;
    public static String Server_statusDesks;
    public static String Server_statusSessions;
    public static String Server_statusBackup;
    public static String Server_statusLog;
    public static String Users_whichAction;
    public static String Users_oneName;
    public static String Users_disabled;
    public static String Users_noNewPassword;
    public static String Users_added;
    public static String Users_reset;
    public static String Users_stateDisabled;
    public static String Users_stateActive;
    public static String Users_stateLocked;
    public static String Users_newPasswordPrompt;

    public static String Server_needsBootPassword;
    public static String Server_bootPasswordPrompt;
    public static String Server_shortBootPassword;
    public static String Server_wrongBootPassword;
    public static String Server_encryptShared;
    public static String Server_encrypted;
    public static String Server_tls;
    public static String Server_tlsFailed;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}

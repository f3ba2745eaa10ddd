package xiaokang.install;

import org.eclipse.osgi.util.NLS;

/** Every user-visible string of the plug-in installer and its commands. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "xiaokang.install.messages"; //$NON-NLS-1$

    public static String Installer_noP2;
    public static String Installer_noP2Because;
    public static String Installer_noProfile;
    public static String Installer_missing;
    public static String Installer_notARepository;
    public static String Installer_unreadable;
    public static String Installer_noSuchPlugin;
    public static String Installer_notInstalled;
    public static String Installer_partOfProduct;
    public static String Installer_installing;
    public static String Installer_removing;
    public static String Command_missing;
    public static String Command_none;
    public static String Command_noneAvailable;
    public static String Command_installed;
    public static String Command_available;
    public static String Command_nothingNew;
    public static String Command_didInstall;
    public static String Command_didRemove;
    public static String Command_restart;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}

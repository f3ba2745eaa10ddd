package xiaokang.cli.internal;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
    private static final String BUNDLE_NAME = "xiaokang.cli.internal.messages"; //$NON-NLS-1$

    public static String CommandCatalog_duplicateName;
    public static String ComponentCommand_missing;
    public static String CommandCatalog_invalidName;
    public static String CommandDispatcher_commandsHeader;
    public static String CommandDispatcher_failed;
    public static String CommandDispatcher_helpDescription;
    public static String CommandDispatcher_outOfMemory;
    public static String CommandDispatcher_unknownCommand;
    public static String CommandDispatcher_usageError;
    public static String CommandDispatcher_usageHeader;
    public static String CommandDispatcher_usageLine;
    public static String VersionCommand_defaultName;
    public static String VersionCommand_java;
    public static String VersionCommand_noArguments;
    public static String VersionCommand_version;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}

package xiaokang.@ID@;

import org.eclipse.osgi.util.NLS;

/** Every user-visible string of the plug-in: Chinese in messages.properties, English in messages_en.properties. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "xiaokang.@ID@.messages"; //$NON-NLS-1$

    public static String LowIncome_message;
    public static String LowIncome_policy;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}

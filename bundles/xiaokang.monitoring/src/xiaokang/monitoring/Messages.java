package xiaokang.monitoring;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {

    private static final String BUNDLE_NAME = "xiaokang.monitoring.messages"; //$NON-NLS-1$

    public static String IncomeAccount_noPeople;
    public static String IncomeAccount_otherYear;
    public static String IncomeCards_noPolicy;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}

package xiaokang.industry;

import org.eclipse.osgi.util.NLS;

/** Every user-visible string of the industry logic; {@link Labels} reads the enumeration names. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "xiaokang.industry.messages"; //$NON-NLS-1$

    public static String EnterpriseKind_LEADING_AGRICULTURAL;
    public static String EnterpriseKind_OTHER;
    public static String LinkMode_LABOUR;
    public static String LinkMode_CAPITAL_SHARE;
    public static String LinkMode_LAND_TRANSFER;
    public static String LinkMode_GUARANTEED_PURCHASE;
    public static String RecipientKind_HOUSEHOLD;
    public static String RecipientKind_COOPERATIVE;
    public static String RecipientKind_ENTERPRISE;
    public static String BuyerKind_PARTY_MEMBERS;
    public static String BuyerKind_COMPANIES;
    public static String BuyerKind_SCHOOLS;
    public static String BuyerKind_OTHERS;
    public static String BenefitLinks_noHousehold;
    public static String BenefitLinks_noPartner;
    public static String BenefitLinks_badYear;
    public static String BenefitLinks_badPeople;
    public static String BenefitLinks_negativeGain;
    public static String BenefitLinks_gone;
    public static String IndustryDirectory_area;
    public static String Findings_villageWithoutCooperative;
    public static String Findings_linkWithoutIncome;
    public static String Findings_policy;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}

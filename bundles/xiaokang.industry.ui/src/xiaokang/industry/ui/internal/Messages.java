package xiaokang.industry.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Every user-visible string of the industry views and editors. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "xiaokang.industry.ui.internal.messages"; //$NON-NLS-1$

    public static String Directory_township;
    public static String Directory_group;
    public static String Directory_entry;
    public static String Directory_refresh;
    public static String Directory_reading;
    public static String Type_ENTERPRISE;
    public static String Type_COOPERATIVE;
    public static String Type_INDUSTRY_BASE;
    public static String Partner_facts;
    public static String Partner_households;
    public static String Partner_link;
    public static String Partner_unlink;
    public static String Partner_unlinkConfirm;
    public static String Partner_grants;
    public static String Partner_sales;
    public static String Partner_failed;
    public static String Column_household;
    public static String Column_head;
    public static String Column_place;
    public static String Column_year;
    public static String Column_mode;
    public static String Column_people;
    public static String Column_gain;
    public static String Column_partner;
    public static String Column_kind;
    public static String Column_amount;
    public static String Column_policy;
    public static String Column_date;
    public static String Column_product;
    public static String Column_buyerKind;
    public static String Column_buyer;
    public static String Gain_unknown;
    public static String Link_title;
    public static String Link_message;
    public static String Link_household;
    public static String Link_mode;
    public static String Link_year;
    public static String Link_people;
    public static String Link_gain;
    public static String Page_summary;
    public static String Page_none;
    public static String Page_links;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}

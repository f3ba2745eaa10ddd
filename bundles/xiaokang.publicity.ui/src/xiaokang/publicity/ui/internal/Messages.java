package xiaokang.publicity.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Every user-visible string of the publicity views and pages. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "xiaokang.publicity.ui.internal.messages"; //$NON-NLS-1$

    public static String Board_township;
    public static String Board_year;
    public static String Board_cadre;
    public static String Board_households;
    public static String Board_month;
    public static String Board_complete;
    public static String Board_missed;
    public static String Board_summary;
    public static String Board_reading;
    public static String Board_refresh;
    public static String Board_record;
    public static String Visit_title;
    public static String Visit_message;
    public static String Visit_month;
    public static String Visit_notes;
    public static String Records_reports;
    public static String Records_awards;
    public static String Records_commendations;
    public static String Records_charity;
    public static String Records_refresh;
    public static String Records_reading;
    public static String Column_date;
    public static String Column_outlet;
    public static String Column_kind;
    public static String Column_title;
    public static String Column_name;
    public static String Column_level;
    public static String Column_awardedTo;
    public static String Column_township;
    public static String Column_donor;
    public static String Column_place;
    public static String Column_amount;
    public static String Column_month;
    public static String Column_cadre;
    public static String Column_notes;
    public static String Page_summary;
    public static String Page_none;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}

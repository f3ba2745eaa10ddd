package xiaokang.publicity;

import org.eclipse.osgi.util.NLS;

/** Every user-visible string of the publicity logic; {@link Labels} reads the enumeration names. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "xiaokang.publicity.messages"; //$NON-NLS-1$

    public static String MediaKind_NEWSPAPER;
    public static String MediaKind_TV;
    public static String MediaKind_ONLINE;
    public static String AwardLevel_NATIONAL;
    public static String AwardLevel_PROVINCE;
    public static String AwardLevel_CITY;
    public static String AwardLevel_COUNTY;
    public static String CommendationCategory_GOT_RICH;
    public static String CommendationCategory_INDUSTRY_PACESETTER;
    public static String CommendationCategory_CARING_DONOR;
    public static String CommendationCategory_OUTSTANDING_HELPER;
    public static String FourOnesKind_VISIT;
    public static String FourOnesKind_CLEAN_UP;
    public static String FourOnesKind_MEETING;
    public static String FourOnesKind_COMMENDATION;
    public static String CharityKind_SCHOOL_AID;
    public static String CharityKind_DISABILITY_HELP;
    public static String CharityKind_PAIRING;
    public static String CharityKind_OTHER;
    public static String Visits_noHousehold;
    public static String Visits_notTheirs;
    public static String Visits_gone;
    public static String Missed_message;
    public static String Missed_policy;
    public static String VisitFigures_task;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}

package xiaokang.supervision;

import org.eclipse.osgi.util.NLS;

/** Every user-visible string of the supervision logic; {@link Labels} reads the enumeration names. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "xiaokang.supervision.messages"; //$NON-NLS-1$

    public static String ProblemStatus_OPEN;
    public static String ProblemStatus_RECTIFYING;
    public static String ProblemStatus_AWAITING_REVIEW;
    public static String ProblemStatus_CLOSED;
    public static String ProblemTransition_FIND;
    public static String ProblemTransition_START;
    public static String ProblemTransition_SUBMIT;
    public static String ProblemTransition_SEND_BACK;
    public static String ProblemTransition_CLOSE;
    public static String ProblemTransition_REOPEN;
    public static String ProblemSource_INSPECTION;
    public static String ProblemSource_RESCREENING;
    public static String ProblemSource_PROVINCE_FEEDBACK;
    public static String ProblemSource_CITY_FEEDBACK;
    public static String ProblemSource_SELF_CHECK;
    public static String ProblemArea_FOOD;
    public static String ProblemArea_CLOTHING;
    public static String ProblemArea_COMPULSORY_EDUCATION;
    public static String ProblemArea_BASIC_MEDICAL;
    public static String ProblemArea_HOUSING_SAFETY;
    public static String ProblemArea_DRINKING_WATER;
    public static String ProblemArea_EDUCATION;
    public static String ProblemArea_SOCIAL_SECURITY;
    public static String ProblemArea_WATER_SUPPLY;
    public static String ProblemArea_PUBLIC_SERVICES;
    public static String ProblemArea_DANGEROUS_HOUSES;
    public static String ProblemArea_VILLAGE_ROADS;
    public static String ProblemArea_OTHER;
    public static String SupervisionLevel_PROVINCE;
    public static String SupervisionLevel_CITY;
    public static String ListingStatus_LISTED;
    public static String ListingStatus_DELISTED;

    public static String Lifecycle_illegal;
    public static String Lifecycle_needsResponsible;
    public static String Lifecycle_needsRectification;
    public static String Lifecycle_needsReason;
    public static String Lifecycle_needsEvidence;
    public static String Lifecycle_needsReviewer;
    public static String Lifecycle_reviewerIsResponsible;
    public static String Ledger_noDescription;
    public static String Ledger_noHousehold;
    public static String Ledger_noPerson;
    public static String Ledger_noProblem;
    public static String Rescreening_task;
    public static String Rescreening_noRound;
    public static String Rescreening_incomplete;
    public static String Rescreening_failed;
    public static String Rescreening_findingsFailed;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}

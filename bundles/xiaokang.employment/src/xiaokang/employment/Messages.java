package xiaokang.employment;

import org.eclipse.osgi.util.NLS;

/** Every user-visible string of the employment logic; {@link Labels} reads the enumeration names. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "xiaokang.employment.messages"; //$NON-NLS-1$

    public static String WorkPlace_WORKSHOP_AT_HOME;
    public static String WorkPlace_IN_COUNTY;
    public static String WorkPlace_IN_PROVINCE;
    public static String WorkPlace_OUTSIDE_PROVINCE;
    public static String ReturnStatus_BACK_AT_WORK;
    public static String ReturnStatus_NOT_YET;
    public static String ReturnStatus_UNABLE;
    public static String TrainingKind_SCHOOL_LEAVERS;
    public static String TrainingKind_SKILLS;
    public static String TrainingKind_ENTREPRENEURSHIP;
    public static String Workshops_noPerson;
    public static String Workshops_notRegistered;
    public static String Workshops_alreadyWorking;
    public static String Workshops_badWage;
    public static String Workshops_noStart;
    public static String Workshops_gone;
    public static String Gap_message;
    public static String Gap_policy;
    public static String ReturnFigures_task;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}

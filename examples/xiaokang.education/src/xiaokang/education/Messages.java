package xiaokang.education;

import org.eclipse.osgi.util.NLS;

/** Every user-visible string of the education-aid logic; {@link Labels} reads the enumeration names. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "xiaokang.education.messages"; //$NON-NLS-1$

    public static String SchoolStage_PRESCHOOL;
    public static String SchoolStage_PRIMARY;
    public static String SchoolStage_JUNIOR_SECONDARY;
    public static String SchoolStage_SENIOR_SECONDARY;
    public static String SchoolStage_VOCATIONAL;
    public static String SchoolStage_COLLEGE;
    public static String EnrolmentStatus_ATTENDING;
    public static String EnrolmentStatus_DROPPED_OUT;
    public static String EnrolmentStatus_EXEMPTED;
    public static String AidKind_BOARDING_ALLOWANCE;
    public static String AidKind_NATIONAL_GRANT;
    public static String AidKind_RAIN_DEW;
    public static String AidKind_CHARITY;
    public static String Dropout_message;
    public static String Dropout_policy;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}

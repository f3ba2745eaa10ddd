package xiaokang.education.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Every user-visible string of the education-aid household page. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "xiaokang.education.ui.internal.messages"; //$NON-NLS-1$

    public static String Column_pupil;
    public static String Column_year;
    public static String Column_stage;
    public static String Column_school;
    public static String Column_status;
    public static String Column_aid;
    public static String Column_amount;
    public static String Page_none;
    public static String Page_summary;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}

package xiaokang.employment.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Every user-visible string of the employment views and editors. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "xiaokang.employment.ui.internal.messages"; //$NON-NLS-1$

    public static String View_workshops;
    public static String View_return;
    public static String View_gap;
    public static String View_refresh;
    public static String View_reading;
    public static String View_summary;
    public static String Column_township;
    public static String Column_village;
    public static String Column_workshop;
    public static String Column_operator;
    public static String Column_products;
    public static String Column_workers;
    public static String Column_poorWorkers;
    public static String Column_gain;
    public static String Column_listed;
    public static String Column_back;
    public static String Column_notYet;
    public static String Column_unable;
    public static String Column_name;
    public static String Column_idNumber;
    public static String Column_age;
    public static String Column_household;
    public static String Column_place;
    public static String Column_started;
    public static String Column_wage;
    public static String Column_member;
    public static String Column_kind;
    public static String Column_what;
    public static String Column_where;
    public static String Column_from;
    public static String Column_to;
    public static String Kind_job;
    public static String Kind_course;
    public static String Editor_facts;
    public static String Editor_workers;
    public static String Editor_add;
    public static String Editor_end;
    public static String Editor_endConfirm;
    public static String Editor_failed;
    public static String Add_title;
    public static String Add_message;
    public static String Add_idNumber;
    public static String Add_started;
    public static String Add_wage;
    public static String Add_gain;
    public static String Page_summary;
    public static String Page_none;
    public static String Unknown;
    public static String View_trainings;
    public static String Column_course;
    public static String Column_participants;
    public static String Column_certified;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}

package xiaokang.supervision.ui.internal;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
    private static final String BUNDLE_NAME = "xiaokang.supervision.ui.internal.messages"; //$NON-NLS-1$

    public static String Assign_deadline;
    public static String Assign_message;
    public static String Assign_noPerson;
    public static String Assign_title;
    public static String Editor_actor;
    public static String Editor_addAttachment;
    public static String Editor_askReason;
    public static String Editor_askReviewer;
    public static String Editor_date;
    public static String Editor_found;
    public static String Editor_history;
    public static String Editor_note;
    public static String Editor_nowStatus;
    public static String Editor_rectification;
    public static String Editor_removeAttachment;
    public static String Editor_responsibility;
    public static String Editor_saveFailed;
    public static String Editor_step;
    public static String Editor_title;
    public static String Ledger_all;
    public static String Ledger_area;
    public static String Ledger_assign;
    public static String Ledger_assigned;
    public static String Ledger_count;
    public static String Ledger_deadline;
    public static String Ledger_description;
    public static String Ledger_found;
    public static String Ledger_household;
    public static String Ledger_number;
    public static String Ledger_openFailed;
    public static String Ledger_openHousehold;
    public static String Ledger_openProblem;
    public static String Ledger_overdueOnly;
    public static String Ledger_overdueStatus;
    public static String Ledger_person;
    public static String Ledger_reading;
    public static String Ledger_refresh;
    public static String Ledger_source;
    public static String Ledger_status;
    public static String Ledger_township;
    public static String Ledger_unit;
    public static String Ledger_village;
    public static String Rescreening_done;
    public static String Rescreening_failed;
    public static String Rescreening_figure;
    public static String Rescreening_name;
    public static String Rescreening_percent;
    public static String Rescreening_period;
    public static String Rescreening_reading;
    public static String Rescreening_refresh;
    public static String Rescreening_run;
    public static String Rescreening_running;
    public static String Rescreening_scope;
    public static String Rescreening_screened;
    public static String Records_listings;
    public static String Records_visits;
    public static String Records_level;
    public static String Records_listedOn;
    public static String Records_listedUntil;
    public static String Records_leader;
    public static String Records_group;
    public static String Records_findings;
    public static String Records_reading;
    public static String Register_title;
    public static String Register_message;
    public static String Register_household;
    public static String Ledger_register;
    public static String Ledger_registered;
    public static String NewRound_title;
    public static String NewRound_message;
    public static String NewRound_defaultName;
    public static String NewRound_start;
    public static String NewRound_end;
    public static String NewRound_groups;
    public static String Rescreening_new;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}

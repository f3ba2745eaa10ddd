package xiaokang.monitoring.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Every user-visible string of the monitoring views and editors. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "xiaokang.monitoring.ui.internal.messages"; //$NON-NLS-1$

    public static String Board_count;
    public static String Board_decideBy;
    public static String Board_dismiss;
    public static String Board_dismissReason;
    public static String Board_handled;
    public static String Board_head;
    public static String Board_household;
    public static String Board_identify;
    public static String Board_kind;
    public static String Board_open;
    public static String Board_openHousehold;
    public static String Board_overdue;
    public static String Board_overdueOnly;
    public static String Board_overdueStatus;
    public static String Board_raised;
    public static String Board_ran;
    public static String Board_reading;
    public static String Board_reason;
    public static String Board_refresh;
    public static String Board_run;
    public static String Board_status;
    public static String Board_township;
    public static String Board_village;
    public static String Board_visitBy;
    public static String Board_wholeCity;
    public static String Card_above;
    public static String Card_against;
    public static String Card_below;
    public static String Card_line;
    public static String Card_net;
    public static String Card_noPolicy;
    public static String Card_people;
    public static String Card_perCapita;
    public static String Card_total;
    public static String Card_year;
    public static String Card_new;
    public static String Card_change;
    public static String Card_title;
    public static String Card_message;
    public static String Editor_cards;
    public static String Editor_conditions;
    public static String Editor_history;
    public static String Editor_identification;
    public static String Editor_measures;
    public static String Editor_noPolicy;
    public static String Editor_now;
    public static String Editor_nowOverdue;
    public static String Editor_title;
    public static String Event_actor;
    public static String Event_date;
    public static String Event_note;
    public static String Event_step;
    public static String Filter_all;
    public static String Identify_category;
    public static String Identify_how;
    public static String Identify_message;
    public static String Identify_noRisk;
    public static String Identify_note;
    public static String Identify_risks;
    public static String Measure_add;
    public static String Measure_amount;
    public static String Measure_description;
    public static String Measure_edit;
    public static String Measure_given;
    public static String Measure_kind;
    public static String Measure_linked;
    public static String Measure_message;
    public static String Measure_noDescription;
    public static String Measure_planned;
    public static String Measure_remove;
    public static String Measure_removeConfirm;
    public static String Measure_responsible;
    public static String Monitored_category;
    public static String Monitored_count;
    public static String Monitored_due;
    public static String Monitored_found;
    public static String Monitored_how;
    public static String Monitored_measures;
    public static String Monitored_measuresGiven;
    public static String Monitored_open;
    public static String Monitored_reading;
    public static String Monitored_risks;
    public static String Monitored_stage;
    public static String Page_monitored;
    public static String Page_none;
    public static String Page_warningsOnly;
    public static String Policy_days;
    public static String Policy_daysValue;
    public static String Policy_drop;
    public static String Policy_edit;
    public static String Policy_line;
    public static String Policy_margin;
    public static String Policy_next;
    public static String Policy_reading;
    public static String Policy_rigid;
    public static String Policy_rigidShare;
    public static String Policy_title;
    public static String Policy_year;
    public static String Step_evidence;
    public static String Step_plain;
    public static String Step_reason;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}

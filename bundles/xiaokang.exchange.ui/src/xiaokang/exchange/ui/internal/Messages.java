package xiaokang.exchange.ui.internal;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "xiaokang.exchange.ui.internal.messages"; //$NON-NLS-1$

    public static String CheckPage_cancelled;
    public static String CheckPage_changes;
    public static String CheckPage_changesCount;
    public static String CheckPage_description;
    public static String CheckPage_errorsSaved;
    public static String CheckPage_errorsSuffix;
    public static String CheckPage_places;
    public static String CheckPage_placesCount;
    public static String CheckPage_problems;
    public static String CheckPage_problemsCount;
    public static String CheckPage_ready;
    public static String CheckPage_rejected;
    public static String CheckPage_saveErrors;
    public static String CheckPage_summary;
    public static String CheckPage_title;
    public static String Column_after;
    public static String Column_before;
    public static String Column_column;
    public static String Column_household;
    public static String Column_person;
    public static String Column_place;
    public static String Column_problem;
    public static String Column_row;
    public static String Column_sheet;
    public static String Database_missing;
    public static String Export_badFile;
    public static String Export_defaultName;
    public static String Export_done;
    public static String Export_failed;
    public static String Export_file;
    public static String Export_job;
    public static String Export_mask;
    public static String Export_title;
    public static String Export_township;
    public static String Export_wholeCity;
    public static String FilePage_browse;
    public static String FilePage_createPlaces;
    public static String FilePage_description;
    public static String FilePage_file;
    public static String FilePage_help;
    public static String FilePage_incomeYear;
    public static String FilePage_mapping;
    public static String FilePage_missing;
    public static String FilePage_mode;
    public static String FilePage_noFile;
    public static String FilePage_title;
    public static String Import_done;
    public static String Import_failed;
    public static String Import_job;
    public static String Import_rejected;
    public static String Import_title;
    public static String Mode_create;
    public static String Mode_update;
    public static String Mode_upsert;

    public static String FilePage_holds;
    public static String FilePage_registry;
    public static String FilePage_class;
    public static String Preview_header;
    public static String Preview_readAs;
    public static String Preview_notRead;
    public static String Preview_values;
    public static String CheckPage_summaryRecords;
    public static String Import_doneRecords;
    public static String Export_holds;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}

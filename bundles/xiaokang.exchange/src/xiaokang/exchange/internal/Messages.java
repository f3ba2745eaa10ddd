package xiaokang.exchange.internal;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "xiaokang.exchange.internal.messages"; //$NON-NLS-1$

    public static String Sheets_unknownFormat;
    public static String Sheets_notExcel;
    public static String Sheets_csv;
    public static String Sheets_xlsx;
    public static String Sheets_xls;
    public static String Mapping_unknownColumn;
    public static String Problem_file;
    public static String Problem_row;
    public static String Problem_cell;
    public static String Import_noHeader;
    public static String Import_missingColumn;
    public static String Import_empty;
    public static String Import_idTwice;
    public static String Import_householdDiffers;
    public static String Import_genderDiffers;
    public static String Import_idLength;
    public static String Import_idCharacters;
    public static String Import_idBirthDate;
    public static String Import_idCheck;
    public static String Import_secondHead;
    public static String Import_headNameDiffers;
    public static String Import_unknownWord;
    public static String Import_notYear;
    public static String Import_notNumber;
    public static String Import_idElsewhere;
    public static String Import_notRegistered;
    public static String Import_registered;
    public static String Import_otherHead;
    public static String Import_otherVillage;
    public static String Import_noHead;
    public static String Import_noCity;
    public static String Import_otherCity;
    public static String Import_unknownPlace;
    public static String Import_yes;
    public static String Import_no;
    public static String Import_groupSuffix;
    public static String Export_task;
    public static String Export_noTownship;
    public static String Export_sheet;
    public static String Export_unknownFormat;
    public static String Export_inSchool;
    public static String Export_notInSchool;
    public static String ErrorSheet_header;
    public static String ImportCommand_oneFile;
    public static String ImportCommand_noFile;
    public static String ImportCommand_badMode;
    public static String ImportCommand_read;
    public static String ImportCommand_places;
    public static String ImportCommand_summary;
    public static String ImportCommand_change;
    public static String ImportCommand_moreChanges;
    public static String ImportCommand_written;
    public static String ImportCommand_dryRun;
    public static String ImportCommand_errorsWritten;
    public static String ImportCommand_rejected;
    public static String ExportCommand_what;
    public static String ExportCommand_written;
    public static String Import_batch;
    public static String ImportsCommand_badBatch;
    public static String ImportsCommand_withdrawn;
    public static String ImportsCommand_none;
    public static String ImportsCommand_line;
    public static String ImportsCommand_withdrawnBy;
    public static String Record_id;
    public static String Record_unknown;
    public static String Record_ambiguous;
    public static String Record_ambiguousInContainer;
    public static String Record_yesNo;
    public static String Record_notDate;
    public static String Record_badValue;
    public static String Record_notWhole;
    public static String Record_noHeader;
    public static String Record_notStored;
    public static String Record_stored;
    public static String Record_noSuchId;
    public static String Record_twice;
    public static String Record_requiredMissing;
    public static String Record_otherContainer;
    public static String Export_records;
    public static String Export_noTownshipRecords;
    public static String Template_values;
    public static String Template_notes;
    public static String Template_column;
    public static String Template_required;
    public static String Template_holds;
    public static String Template_exampleText;
    public static String Template_reference;
    public static String Template_container;
    public static String Template_holdsReference;
    public static String Template_many;
    public static String Template_holdsWords;
    public static String Template_date;
    public static String Template_text;
    public static String Template_number;
    public static String Template_whole;
    public static String ImportCommand_unknownClass;
    public static String ImportCommand_readRecords;
    public static String ImportCommand_summaryRecords;
    public static String ImportCommand_changeRecord;
    public static String TemplateCommand_class;
    public static String TemplateCommand_written;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}

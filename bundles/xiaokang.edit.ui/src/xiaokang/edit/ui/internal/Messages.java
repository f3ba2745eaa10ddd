package xiaokang.edit.ui.internal;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "xiaokang.edit.ui.internal.messages"; //$NON-NLS-1$

    public static String DialogFields_notADate;
    public static String DialogFields_notANumber;
    public static String EditCommands_add;
    public static String EditCommands_remove;
    public static String FeatureText_no;
    public static String FeatureText_yes;
    public static String EditCommands_set;
    public static String UndoRedoActions_label;
    public static String UndoRedoActions_redo;
    public static String UndoRedoActions_undo;

    public static String TableExport_menu;
    public static String TableExport_defaultName;
    public static String TableExport_failed;
    public static String TableExport_sheet;

    public static String FieldProblems_at;
    public static String FeatureRules_required;
    public static String FeatureRules_notA;
    public static String FeatureRules_tooLong;
    public static String FeatureRules_pattern;
    public static String FeatureRules_belowMin;
    public static String FeatureRules_aboveMax;
    public static String FeatureRules_integer;
    public static String FeatureRules_number;
    public static String FeatureRules_date;
    public static String FeatureRules_value;
    public static String FeatureFields_dateHint;
    public static String FeatureFields_pickDate;
    public static String FeatureFields_choose;
    public static String FeatureFields_clear;
    public static String FeatureFields_add;
    public static String FeatureFields_remove;
    public static String RecordChooser_title;
    public static String RecordChooser_hint;
    public static String RecordChooser_more;
    public static String RecordChooser_found;
    public static String RecordChooser_choose;
    public static String RecordChooser_cancel;

    public static String RecordFormDialog_done;
    public static String ContainedRecords_edit;
    public static String ContainedRecords_remove;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}

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

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}

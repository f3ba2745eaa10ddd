package xiaokang.reports.ui.internal;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "xiaokang.reports.ui.internal.messages"; //$NON-NLS-1$

    public static String HomePage_change;
    public static String HomePage_checking;
    public static String HomePage_figures;
    public static String HomePage_findings;
    public static String HomePage_findingsRunning;
    public static String HomePage_links;
    public static String HomePage_name;
    public static String HomePage_noFigures;
    public static String HomePage_nothingToDo;
    public static String HomePage_since;
    public static String HomePage_task;
    public static String HomePage_tasks;
    public static String HomePage_title;
    public static String KeyFiguresView_city;
    public static String KeyFiguresView_indicator;
    public static String KeyFiguresView_loading;
    public static String KeyFiguresView_stamp;
    public static String KeyFiguresView_trend;
    public static String KeyFiguresView_unit;
    public static String KeyFiguresView_value;
    public static String ParameterDialog_dateHint;
    public static String ParameterDialog_search;
    public static String ParameterDialog_title;
    public static String RenderJob_name;
    public static String ReportEditor_noBrowser;
    public static String ReportEditor_openExternal;
    public static String ReportEditor_saveDocx;
    public static String ReportEditor_saved;
    public static String ReportEditor_saveHtml;
    public static String ReportEditor_savePdf;
    public static String ReportEditor_saveTitle;
    public static String ReportEditor_saveXlsx;
    public static String ReportsView_readingParameters;
    public static String ReportsView_run;
    public static String WorkbenchData_noDatabase;
    public static String WorkbenchData_noEngine;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}

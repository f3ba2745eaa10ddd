package xiaokang.reports.internal;

import org.eclipse.osgi.util.NLS;

import xiaokang.reports.ReportParameter;

public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "xiaokang.reports.internal.messages"; //$NON-NLS-1$

    public static String CjkFonts_missing;
    public static String CjkFonts_unwritable;
    public static String Command_badFormat;
    public static String Command_noChoices;
    public static String Command_choicesOf;
    public static String Command_badParam;
    public static String Command_missingOut;
    public static String Command_oneReport;
    public static String Command_unknownReport;
    public static String Command_written;
    public static String Engine_badDesign;
    public static String Engine_derivedFailed;
    public static String Engine_failed;
    public static String Engine_rendering;
    public static String Engine_pageAfter;
    public static String Engine_pageBefore;
    public static String Engine_pageMiddle;
    public static String Engine_stamp;
    public static String Engine_startFailed;
    public static String Engine_unwritable;
    public static String IndicatorCatalog_invalid;
    public static String IndicatorCatalog_noQuery;
    public static String LatestChecks_task;
    public static String Indicators_failed;
    public static String Indicators_notComputed;
    public static String Indicators_queryFailed;
    public static String Indicators_task;
    public static String Parameter_badValue;
    public static String Parameter_moreChoices;
    public static String Parameter_didYouMean;
    public static String Parameter_choiceSeparator;
    public static String Parameter_choices;
    public static String Parameter_listSeparator;
    public static String Parameter_missing;
    public static String Parameter_none;
    public static String Parameter_notAChoice;
    public static String Parameter_separator;
    public static String Parameter_unknown;
    public static String ReportCatalog_invalid;
    public static String ReportCatalog_namespace;
    public static String ReportCatalog_noDesign;
    public static String Type_BOOLEAN;
    public static String Type_DATE;
    public static String Type_DECIMAL;
    public static String Type_INTEGER;
    public static String Type_STRING;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }

    static String typeName(ReportParameter.Type type) {
        return switch (type) {
            case BOOLEAN -> Type_BOOLEAN;
            case DATE -> Type_DATE;
            case DECIMAL -> Type_DECIMAL;
            case INTEGER -> Type_INTEGER;
            case STRING -> Type_STRING;
        };
    }
}

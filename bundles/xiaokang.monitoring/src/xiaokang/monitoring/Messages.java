package xiaokang.monitoring;

import org.eclipse.osgi.util.NLS;

/** Every user-visible string of the monitoring logic; {@link Labels} reads the enumeration names. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "xiaokang.monitoring.messages"; //$NON-NLS-1$

    public static String IncomeAccount_noPeople;
    public static String IncomeAccount_otherYear;
    public static String IncomeCards_noHousehold;
    public static String IncomeCards_noPolicy;
    public static String WarningRun_task;
    public static String Warning_belowLine;
    public static String Warning_nearLine;
    public static String Warning_incomeDrop;
    public static String Warning_rigidAmount;
    public static String Warning_rigidShare;
    public static String Warning_sixChecks;
    public static String Warning_departmentList;
    public static String Warning_departmentRecord;
    public static String Warnings_needsReason;
    public static String Warnings_notOpen;
    public static String Triage_noWarning;
    public static String PolicyYears_none;
    public static String LinkedRecords_format;
    public static String LinkedRecords_noClass;
    public static String LinkedRecords_noRecord;
    public static String Elimination_noIncome;
    public static String Elimination_noPolicy;
    public static String Elimination_incomeBelow;
    public static String Elimination_incomeAbove;
    public static String Elimination_expenditureResolved;
    public static String Elimination_expenditureOpen;
    public static String Elimination_checksPass;
    public static String Elimination_checksFail;
    public static String Elimination_measuresGiven;
    public static String Elimination_noMeasureGiven;
    public static String Elimination_notIdentified;
    public static String Elimination_monitoredLong;
    public static String Elimination_monitoredShort;
    public static String Elimination_hasLabour;
    public static String Elimination_safetyNet;
    public static String Elimination_noSafetyNet;
    public static String Lifecycle_illegal;
    public static String Lifecycle_nothingAllowed;
    public static String Lifecycle_needsActor;
    public static String Lifecycle_needsDate;
    public static String Lifecycle_needsRisk;
    public static String Lifecycle_beforeLast;
    public static String Lifecycle_needsAuthorisation;
    public static String Lifecycle_needsEvidence;
    public static String Lifecycle_needsReason;
    public static String Lifecycle_publicityRunning;
    public static String Lifecycle_conditionsFail;
    public static String Lifecycle_conditionsUnknown;
    public static String ExpenditureKind_MEDICAL;
    public static String ExpenditureKind_SCHOOLING;
    public static String ExpenditureKind_DISASTER;
    public static String ExpenditureKind_ACCIDENT;
    public static String DepartmentList_LOW_INCOME;
    public static String DepartmentList_MEDICAL_EXPENSE;
    public static String DepartmentList_DISABILITY;
    public static String DepartmentList_OTHER;
    public static String WarningKind_BELOW_LINE;
    public static String WarningKind_NEAR_LINE;
    public static String WarningKind_INCOME_DROP;
    public static String WarningKind_RIGID_EXPENDITURE;
    public static String WarningKind_SIX_CHECKS;
    public static String WarningKind_DEPARTMENT_LIST;
    public static String WarningStatus_OPEN;
    public static String WarningStatus_DISMISSED;
    public static String WarningStatus_IDENTIFYING;
    public static String WarningStatus_CLEARED;
    public static String MonitoringCategory_UNSTABLE;
    public static String MonitoringCategory_EDGE;
    public static String MonitoringCategory_SUDDEN_HARDSHIP;
    public static String RiskType_ILLNESS;
    public static String RiskType_DISABILITY;
    public static String RiskType_SCHOOLING;
    public static String RiskType_DISASTER;
    public static String RiskType_ACCIDENT;
    public static String RiskType_UNEMPLOYMENT;
    public static String RiskType_INDUSTRY_FAILURE;
    public static String RiskType_OTHER;
    public static String HowFound_SELF_REPORT;
    public static String HowFound_CADRE_VISIT;
    public static String HowFound_DEPARTMENT_SCREENING;
    public static String HowFound_OTHER;
    public static String MonitoringStage_WARNED;
    public static String MonitoringStage_VISITED;
    public static String MonitoringStage_COMPARED;
    public static String MonitoringStage_PUBLICISED;
    public static String MonitoringStage_TOWNSHIP_REVIEWED;
    public static String MonitoringStage_MONITORED;
    public static String MonitoringStage_NOT_INCLUDED;
    public static String MonitoringStage_ELIMINATION_VISITED;
    public static String MonitoringStage_ELIMINATION_PUBLICISED;
    public static String MonitoringStage_ELIMINATED;
    public static String MonitoringStep_START;
    public static String MonitoringStep_VISIT;
    public static String MonitoringStep_COMPARE;
    public static String MonitoringStep_PUBLICISE;
    public static String MonitoringStep_TOWNSHIP_REVIEW;
    public static String MonitoringStep_COUNTY_APPROVE;
    public static String MonitoringStep_DECLINE;
    public static String MonitoringStep_ELIMINATION_VISIT;
    public static String MonitoringStep_ELIMINATION_PUBLICISE;
    public static String MonitoringStep_ELIMINATION_APPROVE;
    public static String MonitoringStep_SEND_BACK;
    public static String MeasureKind_INDUSTRY;
    public static String MeasureKind_EMPLOYMENT;
    public static String MeasureKind_HEALTH;
    public static String MeasureKind_EDUCATION;
    public static String MeasureKind_HOUSING;
    public static String MeasureKind_SOCIAL_ASSISTANCE;
    public static String MeasureKind_OTHER;
    public static String Check_FOOD;
    public static String Check_CLOTHING;
    public static String Check_COMPULSORY_EDUCATION;
    public static String Check_BASIC_MEDICAL;
    public static String Check_HOUSING_SAFETY;
    public static String Check_DRINKING_WATER;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}

package xiaokang.core.ui.internal;

import org.eclipse.osgi.util.NLS;

import xiaokang.core.IdNumbers;

public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "xiaokang.core.ui.internal.messages"; //$NON-NLS-1$

    public static String HouseholdRecordsPage_failed;
    public static String HouseholdRecordsPage_reading;
    public static String SiteDatabase_missing;
    public static String CountyNavigator_noNumber;
    public static String CountyNavigator_newHousehold;
    public static String CountyNavigator_newHouseholdPrompt;
    public static String CountyNavigator_deleteHousehold;
    public static String CountyNavigator_confirmDelete;
    public static String HouseholdMembersPage_add;
    public static String HouseholdMembersPage_remove;
    public static String HouseholdMembersPage_confirmRemove;
    public static String HouseholdMembersPage_newName;
    public static String CountyNavigator_filter;
    public static String StoredObjectEditor_conflict;
    public static String StoredObjectEditor_gone;
    public static String StoredObjectEditor_fieldProblems;
    public static String StoredObjectEditor_conflictTitle;

    public static String StoredObjectEditor_saveFailed;
    public static String CountyNavigator_failing;
    public static String CountyNavigator_households;
    public static String CountyNavigator_householdsFailing;
    public static String CountyNavigator_loadJob;
    public static String CountyNavigator_loading;
    public static String CountyNavigator_townships;
    public static String CountyNavigator_villages;
    public static String CountyNavigator_villagesFailing;
    public static String HouseholdChecksPage_assessor;
    public static String HouseholdChecksPage_check;
    public static String HouseholdChecksPage_date;
    public static String HouseholdChecksPage_failed;
    public static String HouseholdChecksPage_note;
    public static String HouseholdChecksPage_passed;
    public static String HouseholdChecksPage_result;
    public static String HouseholdChecksPage_title;
    public static String HouseholdEditor_conflict;
    public static String HouseholdEditor_conflictTitle;
    public static String HouseholdEditor_gone;
    public static String HouseholdEditor_invalidIdNumbers;
    public static String HouseholdEditor_keepEditing;
    public static String HouseholdEditor_overwrite;
    public static String HouseholdEditor_reload;
    public static String HouseholdEditor_saveFailed;
    public static String HouseholdEditor_saveRefused;
    public static String HouseholdFactsPage_facts;
    public static String HouseholdFactsPage_title;
    public static String HouseholdHistoryPage_action;
    public static String HouseholdHistoryPage_at;
    public static String HouseholdHistoryPage_attribute;
    public static String HouseholdHistoryPage_new;
    public static String HouseholdHistoryPage_old;
    public static String HouseholdHistoryPage_table;
    public static String HouseholdHistoryPage_title;
    public static String HouseholdHistoryPage_who;
    public static String HouseholdMembersPage_invalidId;
    public static String HouseholdMembersPage_title;
    public static String Problem_BIRTH_DATE;
    public static String Problem_CHARACTERS;
    public static String Problem_CHECK_DIGIT;
    public static String Problem_LENGTH;
    public static String ProblemsView_checkCounty;
    public static String ProblemsView_checking;
    public static String ProblemsView_count;
    public static String ProblemsView_error;
    public static String ProblemsView_household;
    public static String ProblemsView_info;
    public static String ProblemsView_message;
    public static String ProblemsView_place;
    public static String ProblemsView_policy;
    public static String ProblemsView_severity;
    public static String ProblemsView_warning;
    public static String SearchView_found;
    public static String SearchView_hint;
    public static String SearchView_household;
    public static String SearchView_idNumber;
    public static String SearchView_name;
    public static String SearchView_tooMany;
    public static String SearchView_township;
    public static String SearchView_village;
    public static String PlaceEditor_facts;
    public static String PlaceEditor_figures;
    public static String PlaceEditor_responsibility;
    public static String PlaceEditor_villages;
    public static String PlaceEditor_households;
    public static String PlaceEditor_village;
    public static String PlaceEditor_poor;
    public static String PlaceEditor_poorVillage;
    public static String PlaceEditor_exited;
    public static String PlaceEditor_householdCount;
    public static String PlaceEditor_number;
    public static String PlaceEditor_status;
    public static String PlaceEditor_head;
    public static String PlaceEditor_members;
    public static String PlaceEditor_villageCount;
    public static String PlaceEditor_villageFigures;
    public static String PlaceEditor_householdFigures;
    public static String PlaceEditor_byStatus;
    public static String PlaceEditor_leader;
    public static String PlaceEditor_supportUnit;
    public static String PlaceEditor_workTeam;
    public static String PlaceEditor_team;
    public static String PlaceEditor_none;

    public static String RecordActions_newName;
    public static String RecordActions_new;
    public static String RecordActions_newOf;
    public static String RecordActions_delete;
    public static String RecordActions_deleteTitle;
    public static String RecordActions_deleteQuestion;
    public static String RecordActions_deleteFailed;
    public static String RecordActions_newFailed;
    public static String RecordsView_search;
    public static String RecordsView_reading;
    public static String RecordsView_shown;
    public static String RecordsView_more;

    public static String HouseholdChecksPage_new;
    public static String HouseholdMembersPage_details;
    public static String HouseholdMembersPage_detailsOf;

    public static String FormWarmUp_job;
    public static String HelpForcesView_number;
    public static String HelpForcesView_head;
    public static String HelpForcesView_village;
    public static String HelpForcesView_township;
    public static String HelpForcesView_unit;
    public static String HelpForcesView_cadre;
    public static String HelpForcesView_newUnit;
    public static String HelpForcesView_newUnitName;
    public static String HelpForcesView_newCadre;
    public static String HelpForcesView_newCadreName;
    public static String HelpForcesView_chooseUnit;
    public static String HelpForcesView_move;
    public static String HelpForcesView_chooseHouseholds;
    public static String HelpForcesView_toCadre;
    public static String HelpForcesView_undoMove;
    public static String HelpForcesView_moveFailed;
    public static String HelpForcesView_moved;
    public static String HelpForcesView_moveUndone;
    public static String HelpForcesView_reading;
    public static String HelpForcesView_group;
    public static String HelpForcesView_leaders;
    public static String HelpForcesView_units;
    public static String HelpForcesView_teams;
    public static String HelpForcesView_leader;
    public static String HelpForcesView_noTownship;
    public static String HelpForcesView_team;
    public static String HelpForcesView_newLeader;
    public static String HelpForcesView_newLeaderName;
    public static String HelpForcesView_newTeam;
    public static String HelpForcesView_newTeamName;
    public static String HelpForcesView_teamVillage;

    public static String SearchView_searching;

    public static String RecordActions_notHere;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }

    static String problemText(IdNumbers.Problem problem) {
        return switch (problem) {
            case BIRTH_DATE -> Problem_BIRTH_DATE;
            case CHARACTERS -> Problem_CHARACTERS;
            case CHECK_DIGIT -> Problem_CHECK_DIGIT;
            case LENGTH -> Problem_LENGTH;
        };
    }
}

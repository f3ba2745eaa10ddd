package xiaokang.store.internal;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "xiaokang.store.internal.messages"; //$NON-NLS-1$

    public static String Database_busy;
    public static String Login_unknown;
    public static String Users_nativeLogins;
    public static String Users_noCadre;
    public static String Scope_notPaired;
    public static String Users_cadreOnly;
    public static String Users_unknownCadre;
    public static String Users_ambiguousCadre;
    public static String Login_disabled;
    public static String Login_locked;
    public static String Login_nowLocked;
    public static String Login_wrongPassword;
    public static String Database_diskFull;
    public static String Database_duplicate;
    public static String Database_failed;
    public static String Database_locked;
    public static String Database_notWritable;
    public static String Database_stillReferenced;
    public static String Database_unknown;
    public static String Database_unreachable;
    public static String Database_unsupportedUrl;
    public static String Schema_tooNew;
    public static String Schema_duplicates;
    public static String Session_conflictChanged;
    public static String Session_conflictDeleted;
    public static String Session_failed;
    public static String Session_notStored;
    public static String Session_spoiled;
    public static String Session_stillReferenced;
    public static String Batch_unknown;
    public static String Batch_withdrawn;
    public static String Batch_deletes;
    public static String Batch_withdrawal;
    public static String Batch_changedSince;
    public static String Batch_unknownTable;
    public static String Batch_inside;
    public static String Role_admin;
    public static String Role_city;
    public static String Role_township;
    public static String Role_cadre;
    public static String Role_reader;
    public static String Role_auditor;
    public static String Users_unknownRole;
    public static String Users_notOwner;
    public static String Users_failed;
    public static String Users_oneAdmin;
    public static String Users_noTownship;
    public static String Users_exists;
    public static String Users_unknown;
    public static String Users_adminStays;
    public static String Users_badName;
    public static String Users_unknownTownship;
    public static String Users_shortPassword;
    public static String Database_refused;
    public static String Database_needsUser;
    public static String Database_notAllowed;
    public static String Scope_cityRecord;
    public static String Scope_otherTownship;
    public static String Scope_notYours;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}

package xiaokang.store.internal;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

/** Turns Derby's errors into sentences a user can act on. */
public final class DatabaseErrors {

    /** SQL's state for a value a unique index already holds. */
    private static final String DUPLICATE = "23505"; //$NON-NLS-1$
    private static final String LOCK_TIMEOUT = "40XL1"; //$NON-NLS-1$
    private static final String DEADLOCK = "40001"; //$NON-NLS-1$
    /** Derby's "too much contention on sequence": desks taking ids or audit numbers at the same moment. */
    private static final String SEQUENCE_CONTENTION = "X0Y84"; //$NON-NLS-1$

    private DatabaseErrors() {
    }

    /** Whether {@code e} (or an exception chained to it) is a unique index refusing a value held already. */
    public static boolean isDuplicate(SQLException e) {
        return hasState(e, DUPLICATE);
    }

    /**
     * Whether {@code e} is a lock another transaction held too long, a deadlock this transaction lost,
     * or a sequence too busy to hand out values.
     */
    public static boolean isBusy(SQLException e) {
        return hasState(e, LOCK_TIMEOUT) || hasState(e, DEADLOCK) || hasState(e, SEQUENCE_CONTENTION);
    }

    private static boolean hasState(SQLException e, String state) {
        for (Throwable t = e; t != null; t = next(t)) {
            if (t instanceof SQLException sql && state.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    public static String unsupportedUrl(String url) {
        return NLS.bind(Messages.Database_unsupportedUrl, url);
    }

    public static String notWritable(String where) {
        return NLS.bind(Messages.Database_notWritable, where);
    }

    public static String unreachable(String where, Exception e) {
        return NLS.bind(Messages.Database_unreachable, where, e.getClass().getSimpleName());
    }

    /** What went wrong with {@code where} (a folder or a server address). */
    public static String describe(SQLException e, String where) {
        return describe(e, where, null);
    }

    /** What went wrong with {@code where} for {@code user} (null when no one logged in). */
    public static String describe(SQLException e, String where, String user) {
        List<String> states = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null; t = next(t)) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                states.add(sql.getSQLState());
            }
            text.append(t.getMessage()).append('\n');
        }
        String all = text.toString();
        if (states.contains("XSDB6")) { //$NON-NLS-1$
            return NLS.bind(Messages.Database_locked, where);
        }
        if (all.contains("No space left on device") || states.contains("XSDG1") || states.contains("40XD0")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            return NLS.bind(Messages.Database_diskFull, where);
        }
        if (states.contains("XBM0H") || states.contains("XBM0J") || all.contains("cannot be created") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                || all.contains("Permission denied")) { //$NON-NLS-1$
            return NLS.bind(Messages.Database_notWritable, where);
        }
        // 23513 on an RX_ constraint: a delete left a reference behind (see ReferenceRules).
        if (states.contains("23503") || states.contains("23513") && all.contains("'RX_")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            return NLS.bind(Messages.Database_stillReferenced, where, e.getMessage());
        }
        if (states.contains(LOCK_TIMEOUT) || states.contains(DEADLOCK) || states.contains(SEQUENCE_CONTENTION)) {
            return NLS.bind(Messages.Database_busy, where);
        }
        if (states.contains(DUPLICATE)) {
            return NLS.bind(Messages.Database_duplicate, where, e.getMessage());
        }
        if (states.contains("XJ004")) { //$NON-NLS-1$
            return NLS.bind(Messages.Database_unknown, where);
        }
        if (user != null && (states.contains("08004") || states.contains("08006") && all.contains("uthentication"))) { //$NON-NLS-1$ //$NON-NLS-2$
            return NLS.bind(Messages.Database_refused, where, user);
        }
        if (user == null && states.contains("08004")) { //$NON-NLS-1$
            return NLS.bind(Messages.Database_needsUser, where);
        }
        // 425xx: the user's role lacks a privilege (a reader's update, anyone's change of the audit).
        if (states.stream().anyMatch(state -> state.startsWith("425"))) { //$NON-NLS-1$
            return NLS.bind(Messages.Database_notAllowed, new Object[] { where, user, e.getMessage() });
        }
        if (states.contains("08001") || states.contains("08004")) { //$NON-NLS-1$ //$NON-NLS-2$
            return NLS.bind(Messages.Database_unreachable, where, e.getMessage());
        }
        return NLS.bind(Messages.Database_failed, where, e.getMessage());
    }

    private static Throwable next(Throwable t) {
        if (t instanceof SQLException sql && sql.getNextException() != null && sql.getNextException() != t) {
            return sql.getNextException();
        }
        return t.getCause() == t ? null : t.getCause();
    }
}

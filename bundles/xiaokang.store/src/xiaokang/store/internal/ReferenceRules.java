package xiaokang.store.internal;

import java.sql.SQLException;
import java.sql.Statement;

/**
 * The delete rule of a single reference, kept by the database itself. Derby refuses a foreign key
 * with RESTRICT, NO ACTION or SET NULL on a table that containment already reaches by cascading
 * deletes (a household is deleted with its village, and its cadre with the city), so each
 * reference gets an {@code AFTER DELETE} trigger on its target table instead:
 * <ul>
 * <li>restrict (the default): the trigger makes the referring rows break the check constraint
 * {@code RX_<TABLE>_<COLUMN>} (the column may not be negative), so a delete that leaves a
 * reference behind fails as a whole, even when made with plain SQL;</li>
 * <li>set null ({@code onDelete="setNull"}): the trigger clears the referring column.</li>
 * </ul>
 * Referring rows deleted by the same statement (the whole city at once) are gone before the
 * trigger looks. The store checks before it deletes and says which rows still refer
 * ({@link Referrers}); the trigger is the guarantee behind it.
 */
final class ReferenceRules {

    private ReferenceRules() {
    }

    /** The name of the check constraint a restricting reference's rows break. */
    static String constraint(ClassTable table, Column column) {
        return ("RX_" + table.name() + '_' + column.name()).replace("__", "_"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    static void ensure(Catalog catalog, Statement statement, ClassTable table, Column column) throws SQLException {
        ClassTable target = column.target();
        boolean setNull = StoreAnnotations.setsNullOnDelete(column.feature());
        String check = constraint(table, column);
        if (!setNull && !catalog.hasConstraint(table.schema(), check)) {
            statement.execute("ALTER TABLE " + table.qualifiedName() + " ADD CONSTRAINT " + check + " CHECK (" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    + column.name() + " IS NULL OR " + column.name() + " >= 0)"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        String trigger = ("RD_" + table.schema() + '_' + table.name() + '_' + column.name()).replace("__", "_"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        if (!catalog.hasTrigger(target.schema(), trigger)) {
            String action = setNull ? "NULL" : "-" + column.name(); //$NON-NLS-1$ //$NON-NLS-2$
            statement.execute("CREATE TRIGGER " + target.schema() + '.' + trigger + " AFTER DELETE ON " + target.qualifiedName() //$NON-NLS-1$ //$NON-NLS-2$
                    + " REFERENCING OLD TABLE AS GONE FOR EACH STATEMENT UPDATE " + table.qualifiedName() + " SET " + column.name() //$NON-NLS-1$ //$NON-NLS-2$
                    + " = " + action + " WHERE " + column.name() + " IN (SELECT ID FROM GONE)"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
    }
}

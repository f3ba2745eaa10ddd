package xiaokang.data.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import xiaokang.cli.Arguments;
import xiaokang.cli.CliCommand;
import xiaokang.cli.CommandContext;
import xiaokang.cli.UsageException;
import xiaokang.data.DataLocation;
import xiaokang.store.AuditLog;
import xiaokang.store.Store;
import xiaokang.store.StoreException;

/**
 * {@code xiaokang audit --object ID [--limit N] [--db PATH-OR-URL]}: the life of an object from its
 * insert to its delete, with the values, and of everything it held (a deleted household's members).
 */
public final class AuditCommand implements CliCommand {

    private static final String OBJECT = "--object"; //$NON-NLS-1$
    private static final String LIMIT = "--limit"; //$NON-NLS-1$
    private static final String DB = "--db"; //$NON-NLS-1$

    @Override
    public int run(CommandContext context) throws Exception {
        Arguments arguments = Arguments.parse(context.arguments(), Set.of(OBJECT, LIMIT, DB), Set.of());
        if (!arguments.positional().isEmpty()) {
            throw new UsageException(arguments.positional().get(0));
        }
        String object = arguments.value(OBJECT, null);
        if (object == null) {
            throw new UsageException(OBJECT);
        }
        long id;
        try {
            id = Long.parseLong(object.trim());
        } catch (NumberFormatException e) {
            throw new UsageException(NLS.bind(Messages.AuditCommand_badId, object));
        }
        int limit = arguments.intValue(LIMIT, 10_000, 1, Integer.MAX_VALUE);
        try {
            Store store = DataLocation.openExisting(arguments.value(DB, null));
            List<AuditLog.Change> life;
            try (Connection connection = store.connect()) {
                life = AuditLog.lifeOf(connection, id, limit);
            }
            if (life.isEmpty()) {
                context.err().println(NLS.bind(Messages.AuditCommand_none, id));
                return FAILED;
            }
            store.checkVisible(life.get(0).table(), id);
            for (AuditLog.Change change : life) {
                context.out().println(line(change));
            }
            return OK;
        } catch (StoreException | SQLException e) {
            context.err().println(e.getMessage());
            return FAILED;
        }
    }

    /** One change a line: when, who, what, which object (and what held it), the values. */
    static String line(AuditLog.Change change) {
        String at = String.valueOf(change.at()).replaceFirst("\\.\\d+$", ""); //$NON-NLS-1$ //$NON-NLS-2$
        String where = change.table() + " #" + change.objectId() //$NON-NLS-1$
                + (change.containerId() == null ? "" : NLS.bind(Messages.AuditCommand_in, change.containerId())); //$NON-NLS-1$
        String values;
        if (change.isInsert()) {
            values = change.newValue();
        } else if (change.isDelete()) {
            values = change.oldValue();
        } else {
            values = change.attribute() + ": " + change.oldValue() + " -> " + change.newValue(); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return String.join("  ", at, change.who(), action(change.action()), where, values); //$NON-NLS-1$
    }

    private static String action(String action) {
        return switch (action) {
            case "INSERT" -> Messages.AuditCommand_insert; //$NON-NLS-1$
            case "DELETE" -> Messages.AuditCommand_delete; //$NON-NLS-1$
            default -> Messages.AuditCommand_update;
        };
    }
}

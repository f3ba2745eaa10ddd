package xiaokang.exchange.internal;

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
 * {@code xiaokang imports [--withdraw BATCH] [--db PATH-OR-URL]}: the import batches the audit
 * holds (file, checksum, rows, who, when, how many changes, withdrawn or not), or the withdrawal of
 * one while none of its rows has changed since.
 */
public final class ImportsCommand implements CliCommand {

    private static final String WITHDRAW = "--withdraw"; //$NON-NLS-1$
    private static final String DB = "--db"; //$NON-NLS-1$

    @Override
    public int run(CommandContext context) throws Exception {
        Arguments arguments = Arguments.parse(context.arguments(), Set.of(WITHDRAW, DB), Set.of());
        if (!arguments.positional().isEmpty()) {
            throw new UsageException(arguments.positional().get(0));
        }
        String withdraw = arguments.value(WITHDRAW, null);
        long batch = 0;
        if (withdraw != null) {
            try {
                batch = Long.parseLong(withdraw.strip());
            } catch (NumberFormatException e) {
                throw new UsageException(NLS.bind(Messages.ImportsCommand_badBatch, withdraw));
            }
        }
        try {
            Store store = DataLocation.openExisting(arguments.value(DB, null));
            if (withdraw != null) {
                int undone = store.withdraw(batch, System.getProperty("user.name")); //$NON-NLS-1$
                context.out().println(NLS.bind(Messages.ImportsCommand_withdrawn, batch, undone));
                return OK;
            }
            List<AuditLog.Batch> batches;
            try (Connection connection = store.connect()) {
                batches = AuditLog.batches(connection).stream().filter(b -> RegistryImporter.BATCH_KIND.equals(b.kind())).toList();
            }
            if (batches.isEmpty()) {
                context.out().println(Messages.ImportsCommand_none);
            }
            for (AuditLog.Batch b : batches) {
                String state = b.withdrawnBy() == null ? "" : NLS.bind(Messages.ImportsCommand_withdrawnBy, b.withdrawnBy()); //$NON-NLS-1$
                context.out().println(NLS.bind(Messages.ImportsCommand_line, new Object[] { b.id(),
                        String.valueOf(b.at()).replaceFirst("\\.\\d+$", ""), b.who(), b.description(), b.changes(), state })); //$NON-NLS-1$ //$NON-NLS-2$
            }
            return OK;
        } catch (StoreException | SQLException e) {
            context.err().println(e.getMessage());
            return FAILED;
        }
    }
}

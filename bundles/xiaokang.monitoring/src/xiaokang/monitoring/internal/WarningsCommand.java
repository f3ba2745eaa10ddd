package xiaokang.monitoring.internal;

import java.time.LocalDate;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;

import xiaokang.cli.Arguments;
import xiaokang.cli.CliCommand;
import xiaokang.cli.CommandContext;
import xiaokang.cli.UsageException;
import xiaokang.data.DataLocation;
import xiaokang.monitoring.WarningRun;
import xiaokang.store.StoreException;

/** {@code xiaokang warnings [--year YEAR] [--db PATH-OR-URL]}: runs the warning rules over the county. */
@Component(name = "xiaokang.monitoring.command.warnings", service = CliCommand.class)
public final class WarningsCommand implements CliCommand {

    private static final String YEAR = "--year"; //$NON-NLS-1$
    private static final String DB = "--db"; //$NON-NLS-1$
    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2100;

    @Override
    public int run(CommandContext context) throws Exception {
        Arguments arguments = Arguments.parse(context.arguments(), Set.of(YEAR, DB), Set.of());
        if (!arguments.positional().isEmpty()) {
            throw new UsageException(arguments.positional().get(0));
        }
        int year = arguments.intValue(YEAR, 0, FIRST_YEAR, LAST_YEAR);
        try {
            long start = System.nanoTime();
            WarningRun.Summary summary = WarningRun.run(DataLocation.openExisting(arguments.value(DB, null)),
                    System.getProperty("user.name"), LocalDate.now(), year, null); //$NON-NLS-1$
            context.out().println(NLS.bind(Messages.WarningsCommand_done,
                    new Object[] { summary.year(), summary.households(), summary.raised(), summary.opened(), summary.reopened(),
                            summary.cleared(), summary.joined(), summary.open(), String.format("%.1f", (System.nanoTime() - start) / 1e9) })); //$NON-NLS-1$
            return OK;
        } catch (StoreException e) {
            context.err().println(e.getMessage());
            return FAILED;
        }
    }
}

package xiaokang.supervision.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import xiaokang.cli.Arguments;
import xiaokang.cli.CliCommand;
import xiaokang.cli.CommandContext;
import xiaokang.cli.UsageException;
import xiaokang.data.DataLocation;
import xiaokang.data.FindingSources;
import xiaokang.store.Session;
import xiaokang.store.Store;
import xiaokang.store.StoreException;
import xiaokang.supervision.RescreeningRun;
import xiaokang.supervision.model.RescreeningRound;
import xiaokang.supervision.model.SupervisionPackage;

/** {@code xiaokang rescreen [--round ID] [--db PATH-OR-URL]}: runs a re-screening round headless. */
@Component(name = "xiaokang.supervision.command.rescreen", service = CliCommand.class)
public final class RescreenCommand implements CliCommand {

    @Reference
    private FindingSources sources;

    private static final String ROUND = "--round"; //$NON-NLS-1$
    private static final String DB = "--db"; //$NON-NLS-1$

    @Override
    public int run(CommandContext context) throws Exception {
        Arguments arguments = Arguments.parse(context.arguments(), Set.of(ROUND, DB), Set.of());
        if (!arguments.positional().isEmpty()) {
            throw new UsageException(arguments.positional().get(0));
        }
        int requested = arguments.intValue(ROUND, -1, 1, Integer.MAX_VALUE);
        String user = System.getProperty("user.name"); //$NON-NLS-1$
        try {
            Store store = DataLocation.openExisting(arguments.value(DB, null));
            long round = requested > 0 ? requested : latestRound(store, user);
            if (round < 0) {
                context.err().println(Messages.RescreenCommand_noRound);
                return FAILED;
            }
            RescreeningRun.Summary summary = RescreeningRun.run(store, sources, round, user, LocalDate.now(), null);
            context.out().println(NLS.bind(Messages.RescreenCommand_done,
                    new Object[] { summary.screened(), summary.failed(), summary.problemsOpened() }));
            return OK;
        } catch (StoreException e) {
            context.err().println(e.getMessage());
            return FAILED;
        }
    }

    private static long latestRound(Store store, String user) throws StoreException {
        try (Session session = store.openSession(user)) {
            List<RescreeningRound> rounds = session.roots(SupervisionPackage.Literals.RESCREENING_ROUND);
            return rounds.stream().mapToLong(session::id).max().orElse(-1);
        }
    }
}

package xiaokang.reports.internal;

import java.util.Set;

import org.eclipse.core.runtime.Platform;

import xiaokang.cli.Arguments;
import xiaokang.cli.CliCommand;
import xiaokang.cli.CommandContext;
import xiaokang.cli.UsageException;
import xiaokang.reports.ReportCatalog;
import xiaokang.reports.ReportDescriptor;

/** {@code xiaokang reports}: every installed report's id, name and category. */
public final class ReportsCommand implements CliCommand {

    @Override
    public int run(CommandContext context) throws Exception {
        Arguments arguments = Arguments.parse(context.arguments(), Set.of(), Set.of());
        if (!arguments.positional().isEmpty()) {
            throw new UsageException(arguments.positional().get(0));
        }
        for (ReportDescriptor report : ReportCatalog.read(Platform.getExtensionRegistry()).all()) {
            context.out().println(String.format("%-36s %s  [%s]", report.id(), report.name(), report.category())); //$NON-NLS-1$
        }
        return OK;
    }
}

package xiaokang.install.internal;

import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.osgi.util.NLS;

import xiaokang.cli.Arguments;
import xiaokang.cli.CliCommand;
import xiaokang.cli.CommandContext;
import xiaokang.cli.UsageException;
import xiaokang.install.InstallException;
import xiaokang.install.Messages;
import xiaokang.install.PluginInstaller;

/** {@code xiaokang uninstall-plugin FEATURE...}: removes installed plug-ins; their data stays in the database. */
public final class UninstallPluginCommand implements CliCommand {

    @Override
    public int run(CommandContext context) throws Exception {
        List<String> features = Arguments.parse(context.arguments(), Set.of(), Set.of()).positional();
        if (features.isEmpty()) {
            throw new UsageException(NLS.bind(Messages.Command_missing, "FEATURE")); //$NON-NLS-1$
        }
        try {
            PluginInstaller.ofRunningProduct().uninstall(features, new NullProgressMonitor());
            context.out().println(NLS.bind(Messages.Command_didRemove, String.join(", ", features))); //$NON-NLS-1$
            context.out().println(Messages.Command_restart);
            return OK;
        } catch (InstallException e) {
            context.err().println(e.getMessage());
            return FAILED;
        }
    }
}

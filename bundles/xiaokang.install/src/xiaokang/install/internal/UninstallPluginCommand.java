package xiaokang.install.internal;

import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.equinox.p2.core.IProvisioningAgentProvider;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import xiaokang.cli.Arguments;
import xiaokang.cli.CliCommand;
import xiaokang.cli.CommandContext;
import xiaokang.cli.UsageException;
import xiaokang.install.InstallException;
import xiaokang.install.Messages;
import xiaokang.install.PluginInstaller;

/** {@code xiaokang uninstall-plugin FEATURE...}: removes installed plug-ins; their data stays in the database. */
@Component(name = "xiaokang.install.command.uninstall-plugin", service = CliCommand.class)
public final class UninstallPluginCommand implements CliCommand {

    @Reference
    private IProvisioningAgentProvider provider;

    @Override
    public int run(CommandContext context) throws Exception {
        List<String> features = Arguments.parse(context.arguments(), Set.of(), Set.of()).positional();
        if (features.isEmpty()) {
            throw new UsageException(NLS.bind(Messages.Command_missing, "FEATURE")); //$NON-NLS-1$
        }
        try {
            PluginInstaller.ofRunningProduct(provider).uninstall(features, new NullProgressMonitor());
            context.out().println(NLS.bind(Messages.Command_didRemove, String.join(", ", features))); //$NON-NLS-1$
            context.out().println(Messages.Command_restart);
            return OK;
        } catch (InstallException e) {
            context.err().println(e.getMessage());
            return FAILED;
        }
    }
}

package xiaokang.install.internal;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
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
import xiaokang.install.PluginInstaller.Plugin;

/**
 * {@code xiaokang install-plugin FOLDER-OR-ZIP [FEATURE]...}: installs the named features of a p2
 * repository, or every one the product does not have yet.
 */
@Component(name = "xiaokang.install.command.install-plugin", service = CliCommand.class)
public final class InstallPluginCommand implements CliCommand {

    @Reference
    private IProvisioningAgentProvider provider;

    @Override
    public int run(CommandContext context) throws Exception {
        List<String> words = Arguments.parse(context.arguments(), Set.of(), Set.of()).positional();
        if (words.isEmpty()) {
            throw new UsageException(NLS.bind(Messages.Command_missing, "FOLDER-OR-ZIP")); //$NON-NLS-1$
        }
        try {
            PluginInstaller installer = PluginInstaller.ofRunningProduct(provider);
            URI repository = PluginInstaller.repository(Path.of(words.get(0)));
            List<String> wanted = new ArrayList<>(words.subList(1, words.size()));
            if (wanted.isEmpty()) {
                for (Plugin plugin : installer.available(repository, new NullProgressMonitor())) {
                    if (!installer.has(plugin.id())) {
                        wanted.add(plugin.id());
                    }
                }
            }
            if (wanted.isEmpty()) {
                context.out().println(Messages.Command_nothingNew);
                return OK;
            }
            installer.install(repository, wanted, new NullProgressMonitor());
            context.out().println(NLS.bind(Messages.Command_didInstall, String.join(", ", wanted))); //$NON-NLS-1$
            context.out().println(Messages.Command_restart);
            return OK;
        } catch (InstallException e) {
            context.err().println(e.getMessage());
            return FAILED;
        }
    }
}

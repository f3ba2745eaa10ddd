package xiaokang.install.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.equinox.p2.core.IProvisioningAgentProvider;
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

/** {@code xiaokang plugins [--from FOLDER-OR-ZIP]}: the plug-ins installed, or those a repository offers. */
@Component(name = "xiaokang.install.command.plugins", service = CliCommand.class)
public final class PluginsCommand implements CliCommand {

    @Reference
    private IProvisioningAgentProvider provider;

    private static final String FROM = "--from"; //$NON-NLS-1$

    @Override
    public int run(CommandContext context) throws Exception {
        Arguments arguments = Arguments.parse(context.arguments(), Set.of(FROM), Set.of());
        if (!arguments.positional().isEmpty()) {
            throw new UsageException(arguments.positional().get(0));
        }
        try {
            PluginInstaller installer = PluginInstaller.ofRunningProduct(provider);
            String from = arguments.value(FROM, null);
            if (from == null) {
                List<Plugin> installed = installer.installed();
                context.out().println(installed.isEmpty() ? Messages.Command_none : Messages.Command_installed);
                installed.forEach(plugin -> context.out().println(line(' ', plugin)));
                return OK;
            }
            List<Plugin> available = installer.available(PluginInstaller.repository(Path.of(from)), new NullProgressMonitor());
            context.out().println(available.isEmpty() ? Messages.Command_noneAvailable : Messages.Command_available);
            for (Plugin plugin : available) {
                context.out().println(line(installer.has(plugin.id()) ? '*' : ' ', plugin));
            }
            return OK;
        } catch (InstallException e) {
            context.err().println(e.getMessage());
            return FAILED;
        }
    }

    static String line(char mark, Plugin plugin) {
        return String.format("%c %-32s %-24s %s", mark, plugin.id(), plugin.version(), plugin.name()); //$NON-NLS-1$
    }
}

package xiaokang.cli.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.osgi.util.NLS;

import xiaokang.cli.CliCommand;

/** Reads the commands contributed to the {@code xiaokang.cli.commands} extension point. */
public final class CommandCatalog {

    public static final String EXTENSION_POINT = "xiaokang.cli.commands"; //$NON-NLS-1$

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*"); //$NON-NLS-1$

    private CommandCatalog() {
    }

    /**
     * Returns the valid contributions sorted by name. A malformed or duplicate contribution is
     * logged with the plug-in that made it and left out, so one bad plug-in cannot break the rest.
     */
    public static List<CommandDescriptor> read(IExtensionRegistry registry) {
        List<CommandDescriptor> commands = new ArrayList<>();
        for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
            String name = element.getAttribute("name"); //$NON-NLS-1$
            String contributor = element.getContributor().getName();
            if (name == null || !NAME.matcher(name).matches() || CommandDispatcher.HELP.equals(name)) {
                warn(NLS.bind(Messages.CommandCatalog_invalidName, name, contributor));
            } else if (commands.stream().anyMatch(c -> c.name().equals(name))) {
                warn(NLS.bind(Messages.CommandCatalog_duplicateName, name, contributor));
            } else {
                String component = element.getAttribute("component"); //$NON-NLS-1$
                commands.add(new CommandDescriptor(name, valueOrEmpty(element.getAttribute("description")), //$NON-NLS-1$
                        valueOrEmpty(element.getAttribute("usage")), //$NON-NLS-1$
                        component != null ? () -> new ComponentCommand(component)
                                : () -> (CliCommand) element.createExecutableExtension("class"))); //$NON-NLS-1$
            }
        }
        commands.sort(Comparator.comparing(CommandDescriptor::name));
        return commands;
    }

    private static String valueOrEmpty(String value) {
        return value == null ? "" : value; //$NON-NLS-1$
    }

    private static void warn(String message) {
        ILog.of(CommandCatalog.class).warn(message);
    }
}

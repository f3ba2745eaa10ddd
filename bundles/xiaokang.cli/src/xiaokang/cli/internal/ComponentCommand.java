package xiaokang.cli.internal;

import java.util.concurrent.TimeUnit;

import org.eclipse.osgi.util.NLS;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import xiaokang.cli.CliCommand;
import xiaokang.cli.CommandContext;

/**
 * A command that is a Declarative Services component (it uses services through its references):
 * got from the service registry when it runs, and released when it ends.
 */
final class ComponentCommand implements CliCommand {

    /** How long a component whose references are not yet satisfied is waited for. */
    private static final long WAIT_SECONDS = 30;

    private final String component;

    ComponentCommand(String component) {
        this.component = component;
    }

    @Override
    public int run(CommandContext context) throws Exception {
        BundleContext bundles = FrameworkUtil.getBundle(ComponentCommand.class).getBundleContext();
        ServiceTracker<CliCommand, CliCommand> tracker = new ServiceTracker<>(bundles,
                bundles.createFilter("(&(objectClass=" + CliCommand.class.getName() + ")(component.name=" + component + "))"), null); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        tracker.open();
        try {
            CliCommand command = tracker.waitForService(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
            if (command == null) {
                throw new IllegalStateException(NLS.bind(Messages.ComponentCommand_missing, component));
            }
            return command.run(context);
        } finally {
            tracker.close();
        }
    }
}

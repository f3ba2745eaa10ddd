package xiaokang.cli.internal;

import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import xiaokang.cli.CliCommand;
import xiaokang.cli.CommandContext;
import xiaokang.cli.UsageException;

/** {@code xiaokang version}: the product name and version, and the Java that runs it. */
public final class VersionCommand implements CliCommand {

    @Override
    public int run(CommandContext context) throws UsageException {
        if (!context.arguments().isEmpty()) {
            throw new UsageException(NLS.bind(Messages.VersionCommand_noArguments, context.arguments().get(0)));
        }
        IProduct product = Platform.getProduct();
        Bundle bundle = product != null ? product.getDefiningBundle() : FrameworkUtil.getBundle(getClass());
        String name = product != null ? product.getName() : Messages.VersionCommand_defaultName;
        context.out().println(NLS.bind(Messages.VersionCommand_version, name, bundle.getVersion()));
        context.out().println(NLS.bind(Messages.VersionCommand_java, Runtime.version(), System.getProperty("java.home"))); //$NON-NLS-1$
        return OK;
    }
}

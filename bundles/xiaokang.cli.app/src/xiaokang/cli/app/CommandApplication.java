package xiaokang.cli.app;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

import xiaokang.cli.internal.CommandCatalog;
import xiaokang.cli.internal.CommandDispatcher;

/**
 * The headless application behind {@code xiaokang <command> ...}: the process exit code is the
 * command's.
 */
public final class CommandApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] arguments = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        List<String> words = arguments == null ? List.of() : Arrays.asList(arguments);
        context.applicationRunning();
        LibraryLog.toDataFolder();
        CommandDispatcher dispatcher = new CommandDispatcher(CommandCatalog.read(Platform.getExtensionRegistry()),
                System.out, System.err);
        return Integer.valueOf(dispatcher.dispatch(words));
    }

    @Override
    public void stop() {
        // Commands run to completion; there is nothing to interrupt.
    }
}

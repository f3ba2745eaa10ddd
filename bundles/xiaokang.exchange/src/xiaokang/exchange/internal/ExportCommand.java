package xiaokang.exchange.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.osgi.util.NLS;

import xiaokang.cli.Arguments;
import xiaokang.cli.CliCommand;
import xiaokang.cli.CommandContext;
import xiaokang.cli.UsageException;
import xiaokang.data.DataLocation;
import xiaokang.exchange.RecordExport;
import xiaokang.exchange.RegistryExport;
import xiaokang.store.StoreException;

/**
 * {@code xiaokang export registry|CLASS --out FILE.xlsx|.csv [--township NAME] [--mask] [--db PATH-OR-URL]}:
 * the registry in the national person list's layout, or every record of a class.
 */
public final class ExportCommand implements CliCommand {

    private static final String REGISTRY = "registry"; //$NON-NLS-1$
    private static final String OUT = "--out"; //$NON-NLS-1$
    private static final String TOWNSHIP = "--township"; //$NON-NLS-1$
    private static final String DB = "--db"; //$NON-NLS-1$
    private static final String MASK = "--mask"; //$NON-NLS-1$

    @Override
    public int run(CommandContext context) throws Exception {
        Arguments arguments = Arguments.parse(context.arguments(), Set.of(OUT, TOWNSHIP, DB), Set.of(MASK));
        if (arguments.positional().size() != 1) {
            throw new UsageException(Messages.ExportCommand_what);
        }
        String what = arguments.positional().get(0);
        String out = arguments.value(OUT, null);
        if (out == null) {
            throw new UsageException(OUT);
        }
        try {
            long start = System.nanoTime();
            int rows;
            if (REGISTRY.equals(what)) {
                rows = RegistryExport.write(DataLocation.openExisting(arguments.value(DB, null)), Path.of(out), arguments.value(TOWNSHIP, null),
                        arguments.flag(MASK), new NullProgressMonitor());
            } else {
                ModelClasses models = ModelClasses.installed();
                EClass eClass = models.find(what);
                rows = RecordExport.write(DataLocation.openExisting(arguments.value(DB, null)), models.packages(), models.labels(), eClass,
                        Path.of(out), arguments.value(TOWNSHIP, null), arguments.flag(MASK), new NullProgressMonitor());
            }
            context.out().println(NLS.bind(Messages.ExportCommand_written,
                    new Object[] { rows, out, String.format("%.1f", (System.nanoTime() - start) / 1e9) })); //$NON-NLS-1$
            return OK;
        } catch (IOException | StoreException e) {
            context.err().println(e.getMessage());
            return FAILED;
        }
    }
}

package xiaokang.demo.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import xiaokang.cli.Arguments;
import xiaokang.cli.CliCommand;
import xiaokang.cli.CommandContext;
import xiaokang.cli.Folders;

/** {@code xiaokang bench [--scales 1,10]}: the store's figures, in temporary databases. */
public final class BenchCommand implements CliCommand {

    private static final String SCALES = "--scales"; //$NON-NLS-1$

    @Override
    public int run(CommandContext context) throws Exception {
        Arguments arguments = Arguments.parse(context.arguments(), Set.of(SCALES), Set.of());
        List<Integer> scales = arguments.intList(SCALES, "1,10"); //$NON-NLS-1$
        Path work = Folders.deletedAtExit(Files.createTempDirectory("xiaokang-bench")); //$NON-NLS-1$
        context.out().printf("Java %s, %d cores, max heap %,d MB, databases in %s%n", Runtime.version(), //$NON-NLS-1$
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, work);
        Benchmark benchmark = new Benchmark(context.out(), work);
        for (int scale : scales) {
            benchmark.run(scale);
        }
        return OK;
    }
}

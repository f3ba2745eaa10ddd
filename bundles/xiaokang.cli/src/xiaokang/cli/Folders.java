package xiaokang.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Scratch folders of commands and tests (demo counties, benchmarks' databases): deleted, not left behind. */
public final class Folders {

    private Folders() {
    }

    /** Deletes a folder and all it holds. */
    public static void delete(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            List<Path> all = paths.sorted(Comparator.reverseOrder()).toList();
            for (Path path : all) {
                Files.delete(path);
            }
        }
    }

    /**
     * Deletes a scratch folder when the process ends, however it ends (a benchmark's ten-times
     * county takes gigabytes; a test run makes a demo county per test class).
     *
     * @return the folder
     */
    public static Path deletedAtExit(Path folder) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                delete(folder);
            } catch (IOException e) {
                // The process is ending: what cannot be deleted stays in the temp folder.
            }
        }, "xiaokang scratch folder")); //$NON-NLS-1$
        return folder;
    }
}

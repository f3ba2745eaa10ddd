package xiaokang.codegen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/** A folder of generated files, compared and replaced as a whole. */
record SourceTree(Path root) {

    List<String> differencesFrom(Path fresh) throws IOException {
        Set<String> committed = files(root);
        Set<String> generated = files(fresh);
        List<String> differences = new ArrayList<>();
        for (String file : generated) {
            if (!committed.contains(file)) {
                differences.add("missing " + file);
            } else if (!Arrays.equals(Files.readAllBytes(root.resolve(file)), Files.readAllBytes(fresh.resolve(file)))) {
                differences.add("changed " + file);
            }
        }
        committed.stream().filter(f -> !generated.contains(f)).forEach(f -> differences.add("not generated " + f));
        return differences;
    }

    void replaceWith(Path fresh) throws IOException {
        delete(root);
        for (String file : files(fresh)) {
            Path target = file.isEmpty() ? root : root.resolve(file);
            Files.createDirectories(target.getParent());
            Files.copy(file.isEmpty() ? fresh : fresh.resolve(file), target);
        }
    }

    static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** Paths relative to {@code folder}; a single file is the one path "". */
    private static Set<String> files(Path folder) throws IOException {
        Set<String> files = new TreeSet<>();
        if (Files.isRegularFile(folder)) {
            files.add(""); //$NON-NLS-1$
            return files;
        }
        if (Files.isDirectory(folder)) {
            try (Stream<Path> paths = Files.walk(folder)) {
                paths.filter(Files::isRegularFile).forEach(p -> files.add(folder.relativize(p).toString()));
            }
        }
        return files;
    }
}

package xiaokang.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Generates the EMF model code of every {@code bundles/&#42;/model/&#42;.genmodel} (and
 * {@code examples/&#42;/model}) and either writes it to the bundle's {@code src-gen/} or checks that
 * the committed {@code src-gen/} is exactly what the generator makes. Given a plug-in project of
 * its own (one {@code ./xiaokang new-plugin} made), it generates that project's models instead, whose
 * genmodels may use the workbench's ({@code platform:/resource/xiaokang.core/...}).
 *
 * <pre>GenerateModels (write|check) REPOSITORY_ROOT [PLUGIN_PROJECT]</pre>
 */
public final class GenerateModels {

    private GenerateModels() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 3 || !List.of("write", "check").contains(args[0])) {
            System.err.println("usage: GenerateModels (write|check) REPOSITORY_ROOT [PLUGIN_PROJECT]");
            System.exit(2);
        }
        boolean write = args[0].equals("write");
        Path workbench = Path.of(args[1]).toAbsolutePath().normalize();
        boolean ownProject = args.length == 3 && args[2] != null && !args[2].isBlank();
        Path root = ownProject ? Path.of(args[2]).toAbsolutePath().normalize() : workbench;
        List<Path> generated = bundleFolders(root);
        List<Path> bundles = new ArrayList<>(generated);
        if (ownProject) {
            bundles.addAll(bundleFolders(workbench));
        }
        ModelGenerator generator = new ModelGenerator(bundles);
        List<String> differences = new ArrayList<>();
        for (Path genModel : genModels(generated)) {
            for (ModelGenerator.Output output : generator.generate(genModel, genModel.getParent().getParent().getParent())) {
                for (String item : output.items()) {
                    SourceTree committed = new SourceTree(output.bundle().resolve(item));
                    Path fresh = output.project().resolve(item);
                    if (write) {
                        committed.replaceWith(fresh);
                        System.out.println("generated " + root.relativize(committed.root()));
                    } else {
                        committed.differencesFrom(fresh)
                                .forEach(d -> differences.add(root.relativize(committed.root()) + ": " + d));
                    }
                }
                SourceTree.delete(output.project());
            }
        }
        if (!differences.isEmpty()) {
            System.err.println("The committed EMF code differs from a fresh generation of its .genmodel:");
            differences.forEach(d -> System.err.println("  " + d));
            System.err.println("Run ./xiaokang generate and commit the result (never edit generated files by hand).");
            System.exit(1);
        }
    }

    private static List<Path> bundleFolders(Path root) throws IOException {
        List<Path> bundles = new ArrayList<>();
        for (String area : List.of("bundles", "examples")) {
            Path folder = root.resolve(area);
            if (Files.isDirectory(folder)) {
                try (Stream<Path> children = Files.list(folder)) {
                    children.filter(p -> Files.isRegularFile(p.resolve("META-INF/MANIFEST.MF"))).forEach(bundles::add);
                }
            }
        }
        bundles.sort(null);
        return bundles;
    }

    private static List<Path> genModels(List<Path> bundles) {
        return bundles.stream().map(b -> b.resolve("model")).filter(Files::isDirectory).flatMap(model -> {
            try (Stream<Path> files = Files.list(model)) {
                return files.filter(f -> f.toString().endsWith(".genmodel")).sorted().toList().stream();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }
}

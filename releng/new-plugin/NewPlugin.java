import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code ./xiaokang new-plugin ID [--name 中文名] [--dir FOLDER]}: writes a plug-in project from
 * releng/plugin-template (a bundle with a rule, an indicator and a report; its test; a feature; an
 * update site) that builds against the workbench's target platform and its update site.
 * Run with a Java 21+ as a single source file; it only copies and fills in the template.
 */
public final class NewPlugin {

    public static void main(String[] args) throws IOException {
        Path root = Path.of(System.getProperty("xiaokang.home", ".")).toAbsolutePath().normalize();
        String id = null;
        String name = null;
        Path dir = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--name" -> name = value(args, ++i);
                case "--dir" -> dir = Path.of(value(args, ++i));
                default -> {
                    if (args[i].startsWith("-") || id != null) {
                        usage("unknown argument: " + args[i]);
                    }
                    id = args[i];
                }
            }
        }
        if (id == null) {
            usage("the plug-in id is missing");
        }
        if (!id.matches("[a-z][a-z0-9]{1,30}")) {
            usage("the id \"" + id + "\" must be 2 to 31 lower-case letters and digits, starting with a letter"
                    + " (it names the bundle xiaokang." + "<id> and its Java package)");
        }
        Path target = (dir == null ? Path.of("xiaokang-" + id) : dir).toAbsolutePath().normalize();
        if (Files.exists(target) && !isEmptyFolder(target)) {
            fail(target + " exists and is not empty: choose another --dir");
        }
        Path site = root.resolve("releng/xiaokang.site/target/repository");
        Map<String, String> values = Map.of(
                "@ID@", id,
                "@CLASS@", Character.toUpperCase(id.charAt(0)) + id.substring(1),
                "@NAME@", name == null ? id : name,
                "@NAME_ESCAPED@", escape(name == null ? id : name),
                "@SITE@", site.toUri().toString());
        Path template = root.resolve("releng/plugin-template");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(template)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        for (Path file : files) {
            Path out = target.resolve(fill(template.relativize(file).toString(), values));
            Files.createDirectories(out.getParent());
            Files.writeString(out, fill(Files.readString(file, StandardCharsets.UTF_8), values), StandardCharsets.UTF_8);
        }
        // The workbench's own target platform: the plug-in builds against exactly what the product runs.
        Files.copy(root.resolve("releng/xiaokang.target/xiaokang.target"), target.resolve("xiaokang.target"));
        System.out.println("Wrote the plug-in xiaokang." + id + " to " + target);
        System.out.println("Build and test it:  cd " + target + " && " + root.resolve("mvnw") + " verify");
        if (!Files.isDirectory(site)) {
            System.out.println("(It builds against the workbench's update site " + site + ": run ./xiaokang build first.)");
        }
        System.out.println("Install it:         <product>/xiaokang install-plugin " + target.resolve("site/target/repository"));
    }

    private static String fill(String text, Map<String, String> values) {
        String filled = text;
        for (Map.Entry<String, String> value : values.entrySet()) {
            filled = filled.replace(value.getKey(), value.getValue());
        }
        return filled;
    }

    /** plugin.properties and feature.properties are read as ISO-8859-1: Chinese goes in as \\uXXXX. */
    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder();
        for (char c : text.toCharArray()) {
            escaped.append(c < 0x80 ? String.valueOf(c) : String.format("\\u%04x", (int) c));
        }
        return escaped.toString();
    }

    private static boolean isEmptyFolder(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(path)) {
            return entries.findAny().isEmpty();
        }
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            usage(args[i - 1] + " needs a value");
        }
        return args[i];
    }

    private static void usage(String problem) {
        System.err.println("xiaokang new-plugin: " + problem);
        System.err.println("usage: ./xiaokang new-plugin ID [--name NAME] [--dir FOLDER]");
        System.exit(2);
    }

    private static void fail(String problem) {
        System.err.println("xiaokang new-plugin: " + problem);
        System.exit(1);
    }
}

package xiaokang.data.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import xiaokang.cli.CliCommand;
import xiaokang.cli.CommandContext;
import xiaokang.core.model.CorePackage;
import xiaokang.data.internal.AuditCommand;
import xiaokang.store.Database;
import xiaokang.store.Store;

/** An embedded database held by another process (a second workbench): the command says so and fails, nothing hangs. */
class LockedDatabaseTest {

    /** Opens the database named by its argument, says so, and holds it until its input closes. */
    private static final String HOLDER = """
            public class Holder {
                public static void main(String[] args) throws Exception {
                    Class<?> driver = Class.forName("org.apache.derby.iapi.jdbc.AutoloadedDriver");
                    var connection = ((java.sql.Driver) driver.getDeclaredConstructor().newInstance())
                            .connect("jdbc:derby:" + args[0], new java.util.Properties());
                    System.out.println("holding");
                    System.out.flush();
                    System.in.read();
                    connection.close();
                }
            }
            """;

    @TempDir
    Path folder;

    @Test
    void aDatabaseHeldByAnotherProcessIsReportedAsLocked() throws Exception {
        Path db = folder.resolve("db");
        Store.open(Database.embedded(db), List.of(CorePackage.eINSTANCE)).database().shutdown();
        Path holder = Files.writeString(folder.resolve("Holder.java"), HOLDER);
        String java = ProcessHandle.current().info().command().orElse("java");
        Process other = new ProcessBuilder(java, "-cp", derbyClassPath(), holder.toString(), db.toString())
                .redirectErrorStream(true).start();
        try {
            BufferedReader said = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
            String line = said.readLine();
            assertEquals("holding", line, "the second process could not open the database");

            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int status = new AuditCommand().run(new CommandContext(List.of("--object", "1000", "--db", db.toString()),
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)));
            String message = err.toString(StandardCharsets.UTF_8);
            assertEquals(CliCommand.FAILED, status, message);
            assertTrue(message.contains("另一个程序") && message.contains(db.toString()), message);
        } finally {
            other.getOutputStream().close();
            if (!other.waitFor(30, TimeUnit.SECONDS)) {
                other.destroyForcibly();
            }
        }
    }

    /** Derby's jar and its fragments' (derbyshared and the others are wrapped as fragments of derby). */
    private static String derbyClassPath() throws Exception {
        List<String> jars = new ArrayList<>();
        for (Bundle bundle : FrameworkUtil.getBundle(LockedDatabaseTest.class).getBundleContext().getBundles()) {
            String name = bundle.getSymbolicName();
            if ("derby".equals(name) || name != null && name.startsWith("org.apache.derby.")) {
                // e.g. initial@reference:file:/root/.m2/repository/org/apache/derby/derby/10.17.1.0/derby-10.17.1.0.jar
                String location = bundle.getLocation();
                String file = location.substring(location.indexOf("file:") + "file:".length());
                assertTrue(Files.exists(Path.of(file)), "where the bundle is: " + location);
                jars.add(file);
            }
        }
        assertTrue(jars.stream().anyMatch(j -> j.contains("derby")), jars.toString());
        return String.join(File.pathSeparator, jars);
    }
}

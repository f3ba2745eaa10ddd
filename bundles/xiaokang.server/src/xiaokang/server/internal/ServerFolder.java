package xiaokang.server.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * Where a server keeps what it runs on: the database folder, and beside it (in its parent, Derby's
 * system home) the server's log and, while it runs, a file naming its process, address and port.
 */
record ServerFolder(Path database) {

    /** What a running server wrote about itself. */
    record Running(long pid, String host, int port, String started) {
    }

    ServerFolder {
        database = database.toAbsolutePath().normalize();
    }

    Path home() {
        return database.getParent();
    }

    /** The database's name on the server: desks connect to {@code jdbc:derby://host:port/NAME}. */
    String name() {
        return database.getFileName().toString();
    }

    Path log() {
        return home().resolve("server.log"); //$NON-NLS-1$
    }

    Path pidFile() {
        return home().resolve("server.pid"); //$NON-NLS-1$
    }

    /** Whether the database's files are encrypted (Derby's {@code dataEncryption}): it boots only with its boot password. */
    boolean encrypted() throws IOException {
        if (!holdsDatabase()) {
            return false;
        }
        Properties service = new Properties();
        try (Reader reader = Files.newBufferedReader(database.resolve("service.properties"), StandardCharsets.ISO_8859_1)) { //$NON-NLS-1$
            service.load(reader);
        }
        return "true".equals(service.getProperty("dataEncryption")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    boolean holdsDatabase() {
        return Files.exists(database.resolve("service.properties")); //$NON-NLS-1$
    }

    /** The address desks connect to: with {@code ;ssl=basic} when the server speaks TLS alone. */
    String url(String host, int port) {
        return "jdbc:derby://" + host + ':' + port + '/' + name() + (TlsKeys.present(home()) ? TlsKeys.CLIENT_ATTRIBUTE : ""); //$NON-NLS-1$ //$NON-NLS-2$
    }

    void writeRunning(Running running) throws IOException {
        String text = "pid=" + running.pid() + "\nhost=" + running.host() + "\nport=" + running.port() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + "\nstarted=" + running.started() + '\n'; //$NON-NLS-1$
        Path temporary = pidFile().resolveSibling("server.pid.tmp"); //$NON-NLS-1$
        Files.writeString(temporary, text, StandardCharsets.UTF_8);
        Files.move(temporary, pidFile(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The server that wrote the PID file, if its process still runs. */
    Optional<Running> running() throws IOException {
        if (!Files.exists(pidFile())) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        properties.load(new StringReader(Files.readString(pidFile(), StandardCharsets.UTF_8)));
        try {
            Running running = new Running(Long.parseLong(properties.getProperty("pid")), properties.getProperty("host"), //$NON-NLS-1$ //$NON-NLS-2$
                    Integer.parseInt(properties.getProperty("port")), properties.getProperty("started")); //$NON-NLS-1$ //$NON-NLS-2$
            return ProcessHandle.of(running.pid()).filter(ProcessHandle::isAlive).map(process -> running);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}

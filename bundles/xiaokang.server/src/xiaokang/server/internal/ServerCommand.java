package xiaokang.server.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.derby.drda.NetworkServerControl;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import xiaokang.cli.Arguments;
import xiaokang.cli.CliCommand;
import xiaokang.cli.CommandContext;
import xiaokang.cli.CommandLogin;
import xiaokang.cli.UsageException;
import xiaokang.core.Models;
import xiaokang.data.DataLocation;
import xiaokang.data.DerivedData;
import xiaokang.store.Database;
import xiaokang.store.StoreException;
import xiaokang.store.UserAccounts;

/**
 * {@code xiaokang server init|start|stop|status}: one Derby network server from the product's own
 * bundles serving one database to the office's desks, everyone logging in.
 */
@Component(name = "xiaokang.server.command.server", service = CliCommand.class)
public final class ServerCommand implements CliCommand {

    static final int DEFAULT_PORT = 1527;
    private static final String DB = "--db"; //$NON-NLS-1$
    private static final String ADMIN = "--admin"; //$NON-NLS-1$
    private static final String PORT = "--port"; //$NON-NLS-1$
    private static final String HOST = "--host"; //$NON-NLS-1$
    private static final String BACKGROUND = "--background"; //$NON-NLS-1$
    private static final String ENCRYPT = "--encrypt"; //$NON-NLS-1$
    private static final String TLS = "--tls"; //$NON-NLS-1$
    /** Where an encrypted database's boot password comes from, when no one is at the terminal. */
    static final String BOOT_PASSWORD = "XIAOKANG_BOOT_PASSWORD"; //$NON-NLS-1$
    /** Derby's state for a database that did not start (with a wrong boot password, say). */
    private static final String NOT_STARTED = "XJ040"; //$NON-NLS-1$
    private static final String LOCALHOST = "localhost"; //$NON-NLS-1$
    private static final int START_SECONDS = 60;
    private static final Pattern SESSION_USER = Pattern.compile("(?m)^\\s*(?:User|用户)\\s*[:：]\\s*(\\S+)"); //$NON-NLS-1$

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<DerivedData> derived = List.of();

    @Override
    public int run(CommandContext context) throws Exception {
        List<String> words = context.arguments();
        if (words.isEmpty()) {
            throw new UsageException(Messages.Server_whichAction);
        }
        Arguments arguments = Arguments.parse(words.subList(1, words.size()), Set.of(DB, ADMIN, PORT, HOST), Set.of(BACKGROUND, ENCRYPT, TLS));
        if (!arguments.positional().isEmpty()) {
            throw new UsageException(arguments.positional().get(0));
        }
        String db = arguments.value(DB, null);
        ServerFolder folder = new ServerFolder(db != null ? Path.of(db) : DataLocation.defaultFolder());
        try {
            return switch (words.get(0)) {
                case "init" -> init(context, folder, arguments.value(ADMIN, null), arguments.flag(ENCRYPT), arguments.flag(TLS)); //$NON-NLS-1$
                case "start" -> start(context, folder, arguments.value(HOST, LOCALHOST), //$NON-NLS-1$
                        arguments.intValue(PORT, DEFAULT_PORT, 1, 65535), arguments.flag(BACKGROUND));
                case "stop" -> stop(context, folder); //$NON-NLS-1$
                case "status" -> status(context, folder); //$NON-NLS-1$
                default -> throw new UsageException(words.get(0));
            };
        } catch (StoreException e) {
            context.err().println(e.getMessage());
            return FAILED;
        }
    }

    private int init(CommandContext context, ServerFolder folder, String admin, boolean encrypt, boolean tls) throws Exception {
        if (folder.running().isPresent()) {
            context.err().println(NLS.bind(Messages.Server_runningNoInit, folder.database()));
            return FAILED;
        }
        String who = admin != null ? admin : OfficeDatabase.DEFAULT_ADMIN;
        Optional<String> password = CommandLogin.secret(CommandLogin.PASSWORD, NLS.bind(Messages.Server_adminPasswordPrompt, who));
        if (password.isEmpty()) {
            context.err().println(NLS.bind(Messages.Server_noPassword, who, CommandLogin.PASSWORD));
            return FAILED;
        }
        OfficeDatabase.Encryption encryption = null;
        if (encrypt || folder.encrypted()) {
            Optional<String> boot = bootPassword(context, folder);
            if (boot.isEmpty()) {
                return FAILED;
            }
            encryption = new OfficeDatabase.Encryption(boot.get());
        }
        String name = OfficeDatabase.init(folder.database(), admin, password.get(), encryption,
                Models.read(Platform.getExtensionRegistry()), derived, new NullProgressMonitor());
        context.out().println(NLS.bind(Messages.Server_initialised, folder.database(), name));
        if (encryption != null) {
            context.out().println(NLS.bind(Messages.Server_encrypted, BOOT_PASSWORD));
        }
        if (tls) {
            TlsKeys.make(folder.home());
            context.out().println(NLS.bind(Messages.Server_tls, TlsKeys.CLIENT_ATTRIBUTE));
        }
        context.out().println(NLS.bind(Messages.Server_next, folder.database()));
        return OK;
    }

    private int start(CommandContext context, ServerFolder folder, String host, int port, boolean background) throws Exception {
        if (!folder.holdsDatabase()) {
            context.err().println(NLS.bind(Messages.Server_noDatabase, folder.database()));
            return FAILED;
        }
        Optional<ServerFolder.Running> running = folder.running();
        if (running.isPresent()) {
            context.err().println(NLS.bind(Messages.Server_alreadyRunning, running.get().pid(),
                    folder.url(running.get().host(), running.get().port())));
            return FAILED;
        }
        if (!portFree(host, port)) {
            // A ping would reach whatever listens there and take it for this server.
            context.err().println(NLS.bind(Messages.Server_portTaken, host + ':' + port));
            return FAILED;
        }
        Optional<String> boot = Optional.empty();
        if (folder.encrypted()) {
            boot = bootPassword(context, folder);
            if (boot.isEmpty()) {
                return FAILED;
            }
        }
        return background ? startInBackground(context, folder, host, port, boot) : serve(context, folder, host, port, boot);
    }

    /** The boot password of an encrypted database, from the environment or the terminal; empty (and said why) when none. */
    private static Optional<String> bootPassword(CommandContext context, ServerFolder folder) {
        Optional<String> boot = CommandLogin.secret(BOOT_PASSWORD, NLS.bind(Messages.Server_bootPasswordPrompt, folder.database()));
        if (boot.isEmpty()) {
            context.err().println(NLS.bind(Messages.Server_needsBootPassword, folder.database(), BOOT_PASSWORD));
            return Optional.empty();
        }
        if (boot.get().length() < OfficeDatabase.Encryption.MIN_LENGTH) {
            context.err().println(NLS.bind(Messages.Server_shortBootPassword, OfficeDatabase.Encryption.MIN_LENGTH));
            return Optional.empty();
        }
        return boot;
    }

    /**
     * Boots an encrypted database with its boot password before any desk connects: the refused
     * login of a connection without credentials leaves it booted, serving desks that never know
     * the boot password.
     */
    private static boolean boot(CommandContext context, ServerFolder folder, String bootPassword) {
        try (Connection connection = Database.embedded(folder.database()).booting(new OfficeDatabase.Encryption(bootPassword).booting())
                .connect()) {
            return true;
        } catch (StoreException | SQLException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SQLException sql && NOT_STARTED.equals(sql.getSQLState())) {
                context.err().println(NLS.bind(Messages.Server_wrongBootPassword, folder.database()));
                return false;
            }
            return true;
        }
    }

    private static boolean portFree(String host, int port) {
        try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getByName(host))) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Runs the server in this process until it is stopped (server stop, Ctrl+C). */
    private int serve(CommandContext context, ServerFolder folder, String host, int port, Optional<String> bootPassword) throws Exception {
        System.setProperty("derby.system.home", folder.home().toString()); //$NON-NLS-1$
        // Whoever creates another database on the server or shuts its engine down logs in as a user of this one.
        UserAccounts.serveLogins(folder.name());
        // Read by Derby's server controls through the engine's properties: set before the engine boots.
        if (TlsKeys.present(folder.home())) {
            TlsKeys.useForServer(folder.home());
        }
        Database.embedded(folder.database());
        if (bootPassword.isPresent() && !boot(context, folder, bootPassword.get())) {
            return FAILED;
        }
        PrintWriter log = new PrintWriter(Files.newBufferedWriter(folder.log(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND), true);
        NetworkServerControl server = new NetworkServerControl(InetAddress.getByName(host), port);
        server.start(log);
        Liveness alive = TlsKeys.present(folder.home()) ? () -> listening(host, port) : server::ping;
        if (!waitUntil(alive)) {
            context.err().println(NLS.bind(Messages.Server_notStarted, port, folder.log()));
            return FAILED;
        }
        folder.writeRunning(new ServerFolder.Running(ProcessHandle.current().pid(), host, port,
                LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME).replaceFirst("\\.\\d+$", ""))); //$NON-NLS-1$ //$NON-NLS-2$
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                Files.deleteIfExists(folder.pidFile());
            } catch (IOException e) {
                // the process is ending; status finds a PID file of a dead process harmless
            }
        }, "xiaokang server stop")); //$NON-NLS-1$
        context.out().println(NLS.bind(Messages.Server_started, new Object[] { folder.url(host, port), ProcessHandle.current().pid(), folder.log() }));
        context.out().flush();
        while (true) {
            Thread.sleep(5_000);
            try {
                alive.check();
            } catch (Exception e) {
                context.err().println(NLS.bind(Messages.Server_died, e.getMessage(), folder.log()));
                return FAILED;
            }
        }
    }

    private int startInBackground(CommandContext context, ServerFolder folder, String host, int port, Optional<String> bootPassword)
            throws Exception {
        ProcessHandle.Info self = ProcessHandle.current().info();
        List<String> command = new ArrayList<>();
        command.add(self.command().orElseThrow());
        for (String argument : self.arguments().orElseThrow()) {
            if (!BACKGROUND.equals(argument)) {
                command.add(argument);
            }
        }
        Files.createDirectories(folder.home());
        ProcessBuilder builder = new ProcessBuilder(command);
        // the server process asks no one: it takes the boot password typed here from its environment
        bootPassword.ifPresent(boot -> builder.environment().put(BOOT_PASSWORD, boot));
        Process process = builder.redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(folder.log().toFile())).redirectInput(ProcessBuilder.Redirect.PIPE)
                .start();
        process.getOutputStream().close();
        for (int i = 0; i < START_SECONDS * 4; i++) {
            Optional<ServerFolder.Running> running = folder.running();
            if (running.isPresent() && running.get().pid() == process.pid()) {
                context.out().println(NLS.bind(Messages.Server_started, new Object[] { folder.url(host, port), process.pid(), folder.log() }));
                return OK;
            }
            if (!process.isAlive()) {
                break;
            }
            Thread.sleep(250);
        }
        process.destroy();
        context.err().println(NLS.bind(Messages.Server_notStarted, port, folder.log()));
        return FAILED;
    }

    /** A check that the server still answers, throwing when it does not. */
    private interface Liveness {
        void check() throws Exception;
    }

    /**
     * Whether a TLS server listens: Derby's ping speaks TLS only when the engine's own properties say
     * so, and they are read before this command can set them, so a TLS server is asked for a connection
     * instead.
     */
    private static void listening(String host, int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getByName(host), port), 2_000);
        }
    }

    private static boolean waitUntil(Liveness alive) throws InterruptedException {
        for (int i = 0; i < START_SECONDS * 4; i++) {
            try {
                alive.check();
                return true;
            } catch (Exception notYet) {
                Thread.sleep(250);
            }
        }
        return false;
    }

    private int stop(CommandContext context, ServerFolder folder) throws Exception {
        Optional<ServerFolder.Running> running = folder.running();
        if (running.isEmpty()) {
            context.err().println(NLS.bind(Messages.Server_notRunning, folder.database()));
            return FAILED;
        }
        ProcessHandle process = ProcessHandle.of(running.get().pid()).orElseThrow();
        process.destroy();
        for (int i = 0; i < 120 && process.isAlive(); i++) {
            Thread.sleep(250);
        }
        if (process.isAlive()) {
            context.err().println(NLS.bind(Messages.Server_didNotStop, running.get().pid()));
            return FAILED;
        }
        Files.deleteIfExists(folder.pidFile());
        context.out().println(NLS.bind(Messages.Server_stopped, folder.url(running.get().host(), running.get().port())));
        return OK;
    }

    private int status(CommandContext context, ServerFolder folder) throws Exception {
        context.out().println(NLS.bind(Messages.Server_statusDatabase, folder.database(),
                folder.holdsDatabase() ? Messages.Server_statusPresent : Messages.Server_statusMissing));
        Optional<ServerFolder.Running> running = folder.running();
        if (running.isEmpty()) {
            context.out().println(Messages.Server_statusStopped);
            return OK;
        }
        ServerFolder.Running server = running.get();
        context.out().println(NLS.bind(Messages.Server_statusRunning,
                new Object[] { folder.url(server.host(), server.port()), server.pid(), server.started() }));
        context.out().println(NLS.bind(Messages.Server_statusDesks, desks(folder, server)));
        context.out().println(Messages.Server_statusBackup);
        context.out().println(NLS.bind(Messages.Server_statusLog, folder.log()));
        return OK;
    }

    /**
     * Who is connected, from the server's runtime information (in the engine's language: a
     * "User:" or "用户：" line per session with a database); "?" when the server does not say.
     */
    private static String desks(ServerFolder folder, ServerFolder.Running server) {
        try {
            if (TlsKeys.present(folder.home())) {
                TlsKeys.useForControl(folder.home());
            }
            NetworkServerControl control = new NetworkServerControl(InetAddress.getByName(server.host()), server.port());
            Matcher users = SESSION_USER.matcher(control.getRuntimeInfo());
            List<String> names = new ArrayList<>();
            while (users.find()) {
                names.add(users.group(1));
            }
            return NLS.bind(Messages.Server_statusSessions, names.size(), names.isEmpty() ? "-" : String.join(", ", names)); //$NON-NLS-1$ //$NON-NLS-2$
        } catch (Exception e) {
            return "?"; //$NON-NLS-1$
        }
    }
}

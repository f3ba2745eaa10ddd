package xiaokang.server.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.osgi.util.NLS;

import xiaokang.store.StoreException;

/**
 * The server's TLS key (a self-signed RSA key in {@code server-tls.p12} beside the database, its
 * password in {@code server-tls.secret}, readable by the server's account alone): with it the
 * server speaks only TLS (Derby's {@code sslMode=basic}), and desks add {@code ;ssl=basic} to its
 * address. Basic TLS encrypts the traffic; desks do not check the server's certificate.
 */
public final class TlsKeys {

    private static final String KEY_STORE = "server-tls.p12"; //$NON-NLS-1$
    private static final String SECRET = "server-tls.secret"; //$NON-NLS-1$
    /** What desks add to the server's address. */
    public static final String CLIENT_ATTRIBUTE = ";ssl=basic"; //$NON-NLS-1$

    private TlsKeys() {
    }

    /** Whether the server kept in {@code home} speaks TLS. */
    public static boolean present(Path home) {
        return Files.exists(home.resolve(KEY_STORE));
    }

    /** Makes the key with the JDK's keytool, unless there is one. */
    public static void make(Path home) throws StoreException, IOException, InterruptedException {
        if (present(home)) {
            return;
        }
        Files.createDirectories(home);
        byte[] random = new byte[18];
        new SecureRandom().nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Path secret = home.resolve(SECRET);
        Files.writeString(secret, password, StandardCharsets.UTF_8);
        try {
            Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------")); //$NON-NLS-1$
        } catch (UnsupportedOperationException e) {
            // a file system without POSIX permissions: the folder's own protection holds
        }
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        Process process = new ProcessBuilder(List.of(keytool.toString(), "-genkeypair", "-alias", "xiaokang", "-keyalg", "RSA", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                "-keysize", "3072", "-validity", "3650", "-dname", "CN=xiaokang", "-storetype", "PKCS12", "-keystore", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
                home.resolve(KEY_STORE).toString(), "-storepass", password, "-keypass", password)).redirectErrorStream(true).start(); //$NON-NLS-1$ //$NON-NLS-2$
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
            Files.deleteIfExists(home.resolve(KEY_STORE));
            throw new StoreException(NLS.bind(Messages.Server_tlsFailed, keytool, output.trim()));
        }
    }

    /** Makes a server started in this process speak TLS with the key (before it starts). */
    public static void useForServer(Path home) throws IOException {
        System.setProperty("javax.net.ssl.keyStore", home.resolve(KEY_STORE).toString()); //$NON-NLS-1$
        System.setProperty("javax.net.ssl.keyStoreType", "PKCS12"); //$NON-NLS-1$ //$NON-NLS-2$
        System.setProperty("javax.net.ssl.keyStorePassword", password(home)); //$NON-NLS-1$
        useForControl(home);
    }

    /**
     * Makes this process's pings and status questions to the server speak TLS: Derby's control
     * connection checks the server's certificate, which the key's own store vouches for.
     */
    public static void useForControl(Path home) throws IOException {
        System.setProperty("javax.net.ssl.trustStore", home.resolve(KEY_STORE).toString()); //$NON-NLS-1$
        System.setProperty("javax.net.ssl.trustStoreType", "PKCS12"); //$NON-NLS-1$ //$NON-NLS-2$
        System.setProperty("javax.net.ssl.trustStorePassword", password(home)); //$NON-NLS-1$
        System.setProperty("derby.drda.sslMode", "basic"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** The system properties {@link #useForServer} sets. */
    public static List<String> properties() {
        return List.of("derby.drda.sslMode", "javax.net.ssl.keyStore", "javax.net.ssl.keyStoreType", "javax.net.ssl.keyStorePassword", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                "javax.net.ssl.trustStore", "javax.net.ssl.trustStoreType", "javax.net.ssl.trustStorePassword"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private static String password(Path home) throws IOException {
        return Files.readString(home.resolve(SECRET), StandardCharsets.UTF_8).trim();
    }
}

package xiaokang.store.internal;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/** PBKDF2 with SHA-256: the hash names its iterations and salt, so that they can be raised later. */
final class Passwords {

    private static final String ALGORITHM = "PBKDF2WithHmacSHA256"; //$NON-NLS-1$
    private static final int ITERATIONS = 20_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Passwords() {
    }

    static byte[] salt() {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return salt;
    }

    static String hash(String password) {
        byte[] salt = salt();
        return "pbkdf2-sha256$" + ITERATIONS + '$' + Base64.getEncoder().encodeToString(salt) + '$' //$NON-NLS-1$
                + Base64.getEncoder().encodeToString(derive(password, salt, ITERATIONS));
    }

    static boolean verify(String password, String hash) {
        String[] parts = hash.split("\\$"); //$NON-NLS-1$
        if (parts.length != 4) {
            return false;
        }
        byte[] expected = Base64.getDecoder().decode(parts[3]);
        return MessageDigest.isEqual(expected, derive(password, Base64.getDecoder().decode(parts[2]), Integer.parseInt(parts[1])));
    }

    private static byte[] derive(String password, byte[] salt, int iterations) {
        try {
            SecretKeyFactory factory = SecretKeyFactory.getInstance(ALGORITHM);
            return factory.generateSecret(new PBEKeySpec(password.toCharArray(), salt, iterations, 256)).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

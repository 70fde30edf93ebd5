package app.brigade.model.catalog;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.spec.InvalidKeySpecException;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A salted PBKDF2 hash of a PIN. A 4–8 digit PIN is weak whatever the hash; the POS lockout after
 * repeated failures is what protects it, the hash only keeps PINs out of plain sight in files.
 */
public record PinVerifier(String algorithm, int iterations, String salt, String hash) {

    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final int DEFAULT_ITERATIONS = 10_000;

    public PinVerifier {
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(salt, "salt");
        Objects.requireNonNull(hash, "hash");
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be positive");
        }
    }

    /** Makes a verifier for a new PIN of 4 to 8 digits. */
    public static PinVerifier create(String pin) {
        requireWellFormed(pin);
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        return new PinVerifier(ALGORITHM, DEFAULT_ITERATIONS, Base64.getEncoder().encodeToString(salt),
                Base64.getEncoder().encodeToString(derive(pin, salt, DEFAULT_ITERATIONS, ALGORITHM)));
    }

    public boolean matches(String pin) {
        if (pin == null || pin.isEmpty()) {
            return false;
        }
        byte[] expected = Base64.getDecoder().decode(hash);
        byte[] actual = derive(pin, Base64.getDecoder().decode(salt), iterations, algorithm);
        return MessageDigest.isEqual(expected, actual);
    }

    public static void requireWellFormed(String pin) {
        if (pin == null || !pin.matches("\\d{4,8}")) {
            throw new IllegalArgumentException("a PIN must be 4 to 8 digits");
        }
    }

    private static byte[] derive(String pin, byte[] salt, int iterations, String algorithm) {
        PBEKeySpec spec = new PBEKeySpec(pin.toCharArray(), salt, iterations, 256);
        try {
            return SecretKeyFactory.getInstance(algorithm).generateSecret(spec).getEncoded();
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException("PIN hashing " + algorithm + " is not available in this JVM", e);
        } finally {
            spec.clearPassword();
        }
    }
}

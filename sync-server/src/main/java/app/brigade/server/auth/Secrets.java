package app.brigade.server.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Random bearer tokens and enrollment codes, and the hashes that are all the database keeps of them. */
public final class Secrets {

    /** Crockford base32: no I, L, O, U, so codes read aloud or typed on a till survive. */
    private static final char[] CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    /** A random 256-bit token, URL-safe base64 without padding (43 characters). */
    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A 60-bit one-time code shown as three dash-separated groups of four characters, e.g. {@code K7QF-2M9D-XW3P}. */
    public static String newEnrollmentCode() {
        StringBuilder sb = new StringBuilder(14);
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                sb.append('-');
            }
            sb.append(CODE_ALPHABET[RANDOM.nextInt(CODE_ALPHABET.length)]);
        }
        return sb.toString();
    }

    /** Upper-cases and drops separators so {@code abcd efgh-jkmn} matches {@code ABCD-EFGH-JKMN}. */
    public static String normalizeCode(String code) {
        return code.toUpperCase(java.util.Locale.ROOT).replaceAll("[\\s-]", "");
    }

    /**
     * SHA-256 in hex. A fast hash is right here: tokens and codes are random with at least 60 bits,
     * so there is nothing for a slow password hash to protect against.
     */
    public static String sha256(String secret) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}

package app.brigade.ui.setup;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * The first-run form's rules, without JavaFX: what a terminal name, a server address and an
 * enrollment code must look like. A problem is a message key plus the value it is about.
 */
public final class SetupForm {

    /** The pattern {@code terminal.name} accepts in {@code pos.properties} and {@code kds.properties}. */
    static final String NAME = "[\\p{L}\\p{N} ._-]{1,32}";

    /** A field's value is not acceptable: {@code key} names the text to show, {@code value} what was typed. */
    public record Problem(String key, String value) {
    }

    private SetupForm() {
    }

    public static Optional<Problem> checkName(String name) {
        String n = strip(name);
        if (n.isEmpty()) {
            return Optional.of(new Problem("setup.name.empty", n));
        }
        return n.matches(NAME) ? Optional.empty() : Optional.of(new Problem("setup.name.invalid", n));
    }

    /** The server's base address, normalised (lower-case scheme and host, no trailing slash), or the problem. */
    public static Result serverUrl(String text) {
        String s = strip(text);
        if (s.isEmpty()) {
            return new Result(null, new Problem("setup.url.empty", s));
        }
        if (!s.toLowerCase(Locale.ROOT).matches("https?://.*")) {
            return new Result(null, new Problem("setup.url.scheme", s));
        }
        URI uri;
        try {
            uri = new URI(s);
        } catch (URISyntaxException e) {
            return new Result(null, new Problem("setup.url.malformed", s));
        }
        if (uri.getHost() == null || uri.getHost().isBlank() || uri.getRawQuery() != null
                || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
            return new Result(null, new Problem("setup.url.malformed", s));
        }
        if (uri.getPort() == 0 || uri.getPort() > 65_535) {
            return new Result(null, new Problem("setup.url.port", s));
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
        String normal = uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost().toLowerCase(Locale.ROOT)
                + (uri.getPort() < 0 ? "" : ":" + uri.getPort()) + path;
        return new Result(URI.create(normal), null);
    }

    /** A code as the manager hands it out ({@code ABCD-EFGH-JKMN}); dashes and spaces are ignored. */
    public static Optional<Problem> checkCode(String code) {
        String c = strip(code);
        if (c.isEmpty()) {
            return Optional.of(new Problem("setup.code.empty", c));
        }
        String compact = c.replaceAll("[\\s-]", "");
        return compact.matches("[A-Za-z0-9]{4,64}") ? Optional.empty()
                : Optional.of(new Problem("setup.code.invalid", c));
    }

    /** {@code terminal.name} → the folder and default device id it gets ({@code POS 1} → {@code pos-1}). */
    public static String terminalId(String name) {
        return strip(name).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }

    /** A parsed server address or why it is not one. */
    public record Result(URI uri, Problem problem) {
        public boolean valid() {
            return uri != null;
        }
    }
}

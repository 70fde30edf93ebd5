package app.brigade.ui.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * A terminal's {@code .properties} configuration with typed, validated getters. Every bad value
 * fails with the file, the key, the value and what is allowed; unknown keys are reported too, so a
 * typo never silently falls back to a default.
 */
public final class ConfigFile {

    private final Properties values;
    private final String source;

    private ConfigFile(Properties values, String source) {
        this.values = values;
        this.source = source;
    }

    public static ConfigFile load(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ConfigException("configuration file " + file + " does not exist");
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigException("cannot read configuration " + file + ": " + e.getMessage());
        }
        return new ConfigFile(p, file.toString());
    }

    public static ConfigFile of(Properties values, String source) {
        return new ConfigFile(values, source);
    }

    public static ConfigFile empty() {
        return new ConfigFile(new Properties(), "defaults");
    }

    /** Fails when the file has keys nobody reads (typos); {@code known} lists the keys that exist. */
    public void requireOnly(Set<String> known) {
        Set<String> unknown = new TreeSet<>(values.stringPropertyNames());
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
            throw new ConfigException(source + ": unknown key(s) " + unknown + "; allowed keys are " + new TreeSet<>(known));
        }
    }

    public String string(String key, String fallback) {
        String v = values.getProperty(key);
        return v == null || v.isBlank() ? fallback : v.strip();
    }

    public String pattern(String key, String fallback, String regex, String allowed) {
        String v = string(key, fallback);
        if (v != null && !v.matches(regex)) {
            throw bad(key, v, allowed);
        }
        return v;
    }

    public int integer(String key, int fallback, int min, int max) {
        String v = string(key, null);
        if (v == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) {
                throw bad(key, v, "a whole number from " + min + " to " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw bad(key, v, "a whole number from " + min + " to " + max);
        }
    }

    public <E extends Enum<E>> E choice(String key, Class<E> type, E fallback) {
        String v = string(key, null);
        if (v == null) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, v.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            Set<String> allowed = new TreeSet<>();
            for (E c : type.getEnumConstants()) {
                allowed.add(c.name().toLowerCase(Locale.ROOT));
            }
            throw bad(key, v, "one of " + allowed);
        }
    }

    public Locale locale(String key, Locale fallback) {
        String v = string(key, null);
        if (v == null) {
            return fallback;
        }
        Locale l = Locale.forLanguageTag(v.replace('_', '-'));
        if (l.getLanguage().isEmpty()) {
            throw bad(key, v, "a language tag such as en-US or de-DE");
        }
        return l;
    }

    public Path path(String key, Path fallback) {
        String v = string(key, null);
        return v == null ? fallback : Path.of(v.replaceFirst("^~", System.getProperty("user.home")));
    }

    public boolean flag(String key, boolean fallback) {
        String v = string(key, null);
        if (v == null) {
            return fallback;
        }
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw bad(key, v, "true or false");
        };
    }

    private ConfigException bad(String key, String value, String allowed) {
        return new ConfigException(source + ": " + key + "=" + value + " is not valid; allowed: " + allowed);
    }
}

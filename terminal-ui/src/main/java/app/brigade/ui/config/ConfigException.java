package app.brigade.ui.config;

/** A bad configuration value, reported with the key, the value and what is allowed, before anything starts. */
public final class ConfigException extends RuntimeException {

    public ConfigException(String message) {
        super(message);
    }
}

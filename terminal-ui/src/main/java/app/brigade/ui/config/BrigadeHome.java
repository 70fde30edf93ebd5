package app.brigade.ui.config;

import java.nio.file.Path;

/**
 * The folder where a terminal keeps its settings file ({@code pos.properties}, {@code kds.properties})
 * and, unless {@code data.dir} says otherwise, its data: the system property {@code brigade.home}, else
 * the environment variable {@code BRIGADE_HOME}, else {@code ~/.brigade}.
 */
public final class BrigadeHome {

    /** The system property that moves the folder (tests, packaged launchers). */
    public static final String PROPERTY = "brigade.home";
    /** The environment variable that moves the folder (the {@code ./brigade} launcher passes it through). */
    public static final String ENVIRONMENT = "BRIGADE_HOME";

    private BrigadeHome() {
    }

    /** The folder for this process. */
    public static Path dir() {
        return resolve(System.getProperty(PROPERTY), System.getenv(ENVIRONMENT), System.getProperty("user.home"));
    }

    /**
     * Sets {@code brigade.home} to {@link #dir()}, expanded and absolute, for the logging configuration: it
     * reads the same property and variable but cannot expand {@code ~} or resolve a relative folder, so
     * {@code BRIGADE_HOME=~/till} (quoted, as a service file or a settings UI passes it) used to write the
     * logs into a folder named {@code ~} under the working directory. Call it first in {@code main}, before
     * anything logs.
     */
    public static Path pinForLogging() {
        Path home = dir();
        System.setProperty(PROPERTY, home.toString());
        return home;
    }

    /** Where the settings of {@code app} ({@code pos} or {@code kds}) live when no {@code --config} is given. */
    public static Path configFile(String app) {
        return dir().resolve(app + ".properties");
    }

    static Path resolve(String property, String environment, String userHome) {
        if (property != null && !property.isBlank()) {
            return expand(property.strip(), userHome);
        }
        if (environment != null && !environment.isBlank()) {
            return expand(environment.strip(), userHome);
        }
        return Path.of(userHome, ".brigade");
    }

    private static Path expand(String path, String userHome) {
        return Path.of(path.replaceFirst("^~(?=$|[/\\\\])", java.util.regex.Matcher.quoteReplacement(userHome)))
                .toAbsolutePath();
    }
}

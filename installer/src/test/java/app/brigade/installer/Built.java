package app.brigade.installer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the module's build put its output (surefire system properties, see the pom). */
final class Built {

    private Built() {
    }

    static Path images() {
        return dir("installer.images");
    }

    static Path packages() {
        return dir("installer.packages");
    }

    static Path repositoryRoot() {
        return dir("brigade.root").normalize();
    }

    static String appVersion() {
        String version = System.getProperty("installer.app.version");
        assertThat(version).as("system property installer.app.version (set by the installer pom)").isNotBlank();
        return version;
    }

    /** The launcher of an app image, which must have been built by this module's build. */
    static Path launcher(String app) {
        Path launcher = images().resolve(app).resolve("bin").resolve(app);
        assertThat(Files.isExecutable(launcher))
                .as("%s is missing: the installer build makes the images before the tests "
                        + "(not with -DskipTests or -Dbrigade.quick)", launcher)
                .isTrue();
        return launcher;
    }

    private static Path dir(String property) {
        String value = System.getProperty(property);
        assertThat(value).as("system property %s (set by the installer pom)", property).isNotBlank();
        return Path.of(value).toAbsolutePath();
    }
}

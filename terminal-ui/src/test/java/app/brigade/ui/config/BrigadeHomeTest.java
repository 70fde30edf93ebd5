package app.brigade.ui.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class BrigadeHomeTest {

    private static final String HOME = Path.of("/home/cashier").toAbsolutePath().toString();

    @Test
    void defaultsToDotBrigadeInTheUsersHome() {
        assertThat(BrigadeHome.resolve(null, null, HOME)).isEqualTo(Path.of(HOME, ".brigade"));
        assertThat(BrigadeHome.resolve(" ", "", HOME)).isEqualTo(Path.of(HOME, ".brigade"));
    }

    @Test
    void theSystemPropertyWinsOverTheEnvironmentVariable() {
        Path property = Path.of("/srv/brigade-prop").toAbsolutePath();
        Path env = Path.of("/srv/brigade-env").toAbsolutePath();

        assertThat(BrigadeHome.resolve(property.toString(), env.toString(), HOME)).isEqualTo(property);
        assertThat(BrigadeHome.resolve(null, env.toString(), HOME)).isEqualTo(env);
    }

    @Test
    void aLeadingTildeMeansTheUsersHome() {
        assertThat(BrigadeHome.resolve(null, "~/till", HOME)).isEqualTo(Path.of(HOME, "till"));
        assertThat(BrigadeHome.resolve(null, "~", HOME)).isEqualTo(Path.of(HOME));
    }

    @Test
    void theSettingsFileIsNamedAfterTheApp() {
        String before = System.getProperty(BrigadeHome.PROPERTY);
        Path home = Path.of("/tmp/brigade-home-test").toAbsolutePath();
        System.setProperty(BrigadeHome.PROPERTY, home.toString());
        try {
            assertThat(BrigadeHome.configFile("pos")).isEqualTo(home.resolve("pos.properties"));
            assertThat(BrigadeHome.configFile("kds")).isEqualTo(home.resolve("kds.properties"));
        } finally {
            if (before == null) {
                System.clearProperty(BrigadeHome.PROPERTY);
            } else {
                System.setProperty(BrigadeHome.PROPERTY, before);
            }
        }
    }
}

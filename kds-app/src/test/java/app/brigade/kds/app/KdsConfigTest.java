package app.brigade.kds.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.brigade.kds.board.Thresholds;
import app.brigade.ui.config.ConfigException;
import app.brigade.ui.config.ConfigFile;
import app.brigade.ui.theme.Theme;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The kds.properties keys: defaults that just work, and every bad value named with what is allowed. */
class KdsConfigTest {

    private static KdsConfig config(String... keyValues) {
        Properties p = new Properties();
        for (int i = 0; i < keyValues.length; i += 2) {
            p.setProperty(keyValues[i], keyValues[i + 1]);
        }
        return KdsConfig.from(ConfigFile.of(p, "kds.properties"));
    }

    @Test
    void defaultsShowEveryStationWithFiveAndEightMinutesSoundOnAndNoLanListener() {
        KdsConfig c = config();
        assertThat(c.terminalName()).isEqualTo("KDS-1");
        assertThat(c.deviceId()).isEqualTo("kds-1");
        assertThat(c.stations()).isEmpty();
        assertThat(c.expo()).isFalse();
        assertThat(c.thresholds()).isEqualTo(Thresholds.standard());
        assertThat(c.sound()).isTrue();
        assertThat(c.lanEnabled()).isFalse();
        assertThat(c.lanPort()).isEqualTo(KdsConfig.DEFAULT_LAN_PORT);
    }

    @Test
    void stationsExpoThresholdsAndLanAreRead() {
        KdsConfig c = config("stations", "grill, cold", "expo", "false", "warn.minutes", "4", "late.minutes", "9",
                "station.minutes", "bar:2/3", "sound", "off", "lan.port", "9000", "lan.token", "0123456789abcdef");
        assertThat(c.stations()).containsExactly("grill", "cold");
        assertThat(c.thresholds().of("grill")).isEqualTo(new Thresholds.Limits(4, 9));
        assertThat(c.thresholds().of("bar")).isEqualTo(new Thresholds.Limits(2, 3));
        assertThat(c.sound()).isFalse();
        assertThat(c.lanEnabled()).isTrue();
        assertThat(c.lanPort()).isEqualTo(9000);
        assertThat(c.allergyWords()).contains("nut", "gluten");
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
        "warn.minutes|0|a whole number from 1 to 120",
        "late.minutes|3|more than warn.minutes",
        "sound|loud|true or false",
        "expo|maybe|true or false",
        "lan.port|70000|a whole number from 0 to 65535",
        "stations|grill;bar|station ids separated by commas",
        "station.minutes|bar=3|station:warn/late",
        "station.minutes|bar:5/3|late after warn",
        "bumpbar.bump|NOPE|key names such as",
        "terminal.id|Kitchen 1|lower-case letters",
        "locale|123|language tag",
        "theme|blue|one of [dark, light]"})
    void badValuesNameTheKeyTheValueAndWhatIsAllowed(String key, String value, String allowed) {
        assertThatThrownBy(() -> config(key, value)).isInstanceOf(ConfigException.class)
                .hasMessageContaining(key).hasMessageContaining(value).hasMessageContaining(allowed);
    }

    @Test
    void theDisplayIsDarkUnlessThemeSaysLight() {
        assertThat(config().theme()).isEqualTo(Theme.Variant.DARK);
        assertThat(config("theme", "light").theme()).isEqualTo(Theme.Variant.LIGHT);
        assertThat(config("theme", "DARK").theme()).as("case does not matter").isEqualTo(Theme.Variant.DARK);
    }

    @Test
    void aShortLanTokenIsRefusedWithoutEchoingTheSecret() {
        assertThatThrownBy(() -> config("lan.token", "tooshort")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("lan.token").hasMessageContaining("at least 16 characters")
                .hasMessageNotContaining("tooshort");
    }

    @Test
    void unknownKeysAreReportedSoTyposNeverFallBackToDefaults() {
        assertThatThrownBy(() -> config("stations", "grill", "warn.minuts", "4"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("warn.minuts");
    }

    @Test
    void aKeyMappedToTwoActionsIsRefused() {
        assertThatThrownBy(() -> config("bumpbar.recall", "B")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("bumpbar.recall").hasMessageContaining("bumpbar.bump");
        assertThat(config("bumpbar.bump", "ENTER,SPACE").bumpBar().actions()).containsKeys(
                javafx.scene.input.KeyCode.ENTER, javafx.scene.input.KeyCode.SPACE);
        assertThat(config().bumpBar().actions()).as("8 actions, 10 digits on two key rows").hasSize(8 + 20);
    }
}

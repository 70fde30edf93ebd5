package app.brigade.pos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.brigade.pos.app.PosConfig;
import app.brigade.pos.login.PinLockout;
import app.brigade.ui.config.ConfigException;
import app.brigade.ui.config.ConfigFile;
import app.brigade.ui.theme.Theme;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PosConfigTest {

    private static PosConfig config(String... kv) {
        Properties p = new Properties();
        for (int i = 0; i < kv.length; i += 2) {
            p.setProperty(kv[i], kv[i + 1]);
        }
        return PosConfig.from(ConfigFile.of(p, "pos.properties"));
    }

    @Test
    void defaultsJustWork() {
        PosConfig c = config();
        assertThat(c.terminalName()).isEqualTo("POS-1");
        assertThat(c.orderPrefix()).isEqualTo("A");
        assertThat(c.printerType()).isEqualTo(PosConfig.PrinterKind.NONE);
        assertThat(c.printerColumns()).isEqualTo(42);
        assertThat(c.serverUrl()).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "printer.columns|40|printer.columns=40 is not valid; allowed: 32, 42 or 48",
            "printer.baud|fast|printer.baud=fast is not valid; allowed: a whole number from 1200 to 921600",
            "printer.type|usb|printer.type=usb is not valid; allowed: one of [none, serial, tcp]",
            "drawer.pin|3|drawer.pin=3 is not valid; allowed: 2 or 5",
            "terminal.prefix|A-1|terminal.prefix=A-1 is not valid; allowed: 1 to 8 letters or digits",
            "server.url|ftp://x|server.url=ftp://x is not valid; allowed: an http:// or https:// URL",
            "printer.codepage|UTF8|printer.codepage=UTF8 is not valid; allowed: CP437, CP858 or WPC1252",
            "theme|blue|theme=blue is not valid; allowed: one of [dark, light]",
            "printr.type|tcp|unknown key(s) [printr.type]"})
    void aBadValueNamesTheKeyTheValueAndWhatIsAllowed(String key, String value, String message) {
        assertThatThrownBy(() -> config(key, value)).isInstanceOf(ConfigException.class)
                .hasMessageContaining(message);
    }

    @Test
    void theTerminalIsLightUnlessThemeSaysDark() {
        assertThat(config().theme()).isEqualTo(Theme.Variant.LIGHT);
        assertThat(config("theme", "dark").theme()).isEqualTo(Theme.Variant.DARK);
        assertThat(config("theme", " Light ").theme()).as("case and spaces do not matter")
                .isEqualTo(Theme.Variant.LIGHT);
    }

    @Test
    void aPrinterNeedsAPort() {
        assertThatThrownBy(() -> config("printer.type", "serial")).hasMessageContaining("needs printer.port");
        assertThatThrownBy(() -> config("printer.type", "tcp", "printer.port", "printer"))
                .hasMessageContaining("host:port");
        assertThat(config("printer.type", "tcp", "printer.port", "127.0.0.1:9100", "locale", "de-DE").locale())
                .isEqualTo(Locale.GERMANY);
    }

    @Test
    void fiveWrongPinsLockForThirtySecondsThenLonger() {
        AtomicLong now = new AtomicLong(1_000_000);
        PinLockout lockout = new PinLockout(now::get);
        for (int i = 0; i < 4; i++) {
            lockout.failed();
        }
        assertThat(lockout.locked()).isFalse();
        assertThat(lockout.triesLeft()).isEqualTo(1);
        lockout.failed();
        assertThat(lockout.secondsLeft()).isEqualTo(30);
        now.addAndGet(30_000);
        assertThat(lockout.locked()).isFalse();
        for (int i = 0; i < 5; i++) {
            lockout.failed();
        }
        assertThat(lockout.secondsLeft()).as("the second lockout doubles").isEqualTo(60);
    }
}

package app.brigade.pos;

import static org.assertj.core.api.Assertions.assertThat;

import app.brigade.ui.i18n.Messages;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The POS speaks both its languages: every English text has a German one, and each formats. */
class PosMessagesTest {

    @Test
    void theGermanBundleHasEveryEnglishKey() throws Exception {
        assertThat(load("messages_de.properties").stringPropertyNames())
                .containsAll(load("messages.properties").stringPropertyNames());
    }

    @Test
    void theSplitCheckTextsFormatInBothLanguages() {
        Messages en = new Messages("app.brigade.pos.messages", Locale.US);
        Messages de = new Messages("app.brigade.pos.messages", Locale.GERMANY);

        assertThat(en.format("split.preview", "€2.50", 1, "A-001", "€9.81"))
                .isEqualTo("New check: €2.50 (1 line). Stays on A-001: €9.81.");
        assertThat(en.format("split.preview", "€20.16", 2, "A-001", "€9.81"))
                .isEqualTo("New check: €20.16 (2 lines). Stays on A-001: €9.81.");
        assertThat(de.format("split.preview", "20,16 €", 2, "A-001", "9,81 €"))
                .isEqualTo("Neue Rechnung: 20,16 € (2 Positionen). Bleibt auf A-001: 9,81 €.");
        assertThat(de.format("split.done", "A-002", "20,16 €", "A-001"))
                .isEqualTo("Auf neue Rechnung A-002 verschoben (20,16 € offen). Weiter mit Rechnung A-001.");
        assertThat(de.get("pay.split")).isEqualTo("Rechnung teilen");
    }

    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = PosMessagesTest.class.getResourceAsStream("/app/brigade/pos/" + name)) {
            p.load(in);
        }
        return p;
    }
}

package app.brigade.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class SharedMessagesTest {

    @Test
    void theGermanBundleHasEveryEnglishKeyOfItsOwn() throws Exception {
        Properties english = load("messages.properties");
        Properties german = load("messages_de.properties");

        assertThat(german.stringPropertyNames()).containsAll(english.stringPropertyNames());
    }

    @Test
    void everySetupTextFormatsInBothLanguages() {
        for (Locale locale : new Locale[] {Locale.US, Locale.GERMANY}) {
            Messages m = new Messages(null, locale);
            for (String key : m.bundle().keySet()) {
                assertThat(m.format(key, "http://h:1", "h", "detail")).as("%s in %s", key, locale).isNotBlank()
                        .doesNotContain("''");
            }
        }
    }

    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream("/app/brigade/ui/" + name)) {
            p.load(in);
        }
        return p;
    }
}

package app.brigade.kds;

import app.brigade.kds.app.KdsConfig;
import app.brigade.kds.app.KdsContext;
import app.brigade.ui.config.ConfigFile;
import java.nio.file.Path;
import java.util.Properties;

/** Opens a real KDS context (real store in a temp folder) from a few properties. */
public final class KdsFixture {

    /** The LAN token the tests use. */
    public static final String TOKEN = "kitchen-secret-0123456789";

    private KdsFixture() {
    }

    public static KdsConfig config(Path dir, String... keyValues) {
        Properties p = new Properties();
        p.setProperty("terminal.name", "KDS-T");
        p.setProperty("data.dir", dir.toString());
        p.setProperty("locale", "en-US");
        p.setProperty("sound", "off");
        for (int i = 0; i < keyValues.length; i += 2) {
            p.setProperty(keyValues[i], keyValues[i + 1]);
        }
        return KdsConfig.from(ConfigFile.of(p, "test"));
    }

    public static KdsContext open(Path dir, String... keyValues) {
        return KdsContext.open(config(dir, keyValues));
    }
}

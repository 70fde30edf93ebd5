package app.brigade.pos;

import static org.assertj.core.api.Assertions.assertThat;

import app.brigade.ui.config.BrigadeHome;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The POS's own logging configuration ({@code logback.xml}, not the tests' one) writes its file into the
 * Brigade home the app uses, also when that home was given as {@code ~/...}: logback cannot expand the
 * tilde, so {@code main} pins the expanded folder first ({@link BrigadeHome#pinForLogging()}).
 */
class LogFolderTest {

    @TempDir
    Path home;

    @Test
    void aHomeGivenWithATildeGetsTheLogFileInTheExpandedFolderNotInAFolderNamedTilde() throws Exception {
        String userHome = System.getProperty("user.home");
        String brigadeHome = System.getProperty(BrigadeHome.PROPERTY);
        System.setProperty("user.home", home.toString());
        System.setProperty(BrigadeHome.PROPERTY, "~/till-3");
        LoggerContext logs = new LoggerContext();
        logs.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
        try {
            Path pinned = BrigadeHome.pinForLogging();
            assertThat(pinned).isEqualTo(home.resolve("till-3"));
            assertThat(System.getProperty(BrigadeHome.PROPERTY)).isEqualTo(home.resolve("till-3").toString());

            JoranConfigurator configurator = new JoranConfigurator();
            configurator.setContext(logs);
            configurator.doConfigure(LogFolderTest.class.getResource("/logback.xml"));
            logs.start();
            logs.getLogger("app.brigade.pos.test").info("written where the settings are");
        } finally {
            logs.stop();
            System.setProperty("user.home", userHome);
            if (brigadeHome == null) {
                System.clearProperty(BrigadeHome.PROPERTY);
            } else {
                System.setProperty(BrigadeHome.PROPERTY, brigadeHome);
            }
        }
        Path log = home.resolve("till-3").resolve("logs").resolve("pos.log");
        assertThat(log).exists();
        assertThat(Files.readString(log)).contains("written where the settings are");
        assertThat(Path.of("~")).as("no folder named ~ in the working directory").doesNotExist();
    }
}

package app.brigade.ui.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TerminalArgsTest {

    @TempDir
    Path home;

    private String before;

    @BeforeEach
    void pointTheBrigadeHomeHere() {
        before = System.getProperty(BrigadeHome.PROPERTY);
        System.setProperty(BrigadeHome.PROPERTY, home.toString());
    }

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty(BrigadeHome.PROPERTY);
        } else {
            System.setProperty(BrigadeHome.PROPERTY, before);
        }
    }

    @Test
    void noSettingsAnywhereMeansTheFirstRunWizardWritesThemInTheBrigadeHome() {
        assertThat(TerminalArgs.parse("pos", new String[0]))
                .isEqualTo(new TerminalArgs.FirstRun(home.resolve("pos.properties")));
    }

    @Test
    void settingsInTheBrigadeHomeAreUsedWhenNoConfigIsGiven() throws Exception {
        Files.writeString(home.resolve("kds.properties"), "terminal.name=KDS-1\n");
        assertThat(TerminalArgs.parse("kds", new String[] {"--enroll", "ABCD-1234"}))
                .isEqualTo(new TerminalArgs.Configured(home.resolve("kds.properties"), "ABCD-1234"));
    }

    @Test
    void anExplicitConfigWinsAndHelpStopsEverything() {
        assertThat(TerminalArgs.parse("pos", new String[] {"--config", "/etc/brigade/pos.properties"}))
                .isEqualTo(new TerminalArgs.Configured(Path.of("/etc/brigade/pos.properties"), null));
        assertThat(TerminalArgs.parse("pos", new String[] {"--config", "x", "--help"}))
                .isInstanceOf(TerminalArgs.Help.class);
    }

    @Test
    void aLineThatCannotRunSaysWhatIsMissing() {
        assertThatThrownBy(() -> TerminalArgs.parse("pos", new String[] {"--config"}))
                .hasMessage("--config needs a file name");
        assertThatThrownBy(() -> TerminalArgs.parse("kds", new String[] {"--enroll"}))
                .hasMessageContaining("--enroll needs the enrollment code").hasMessageContaining("--kind kds");
        assertThatThrownBy(() -> TerminalArgs.parse("pos", new String[] {"--port", "1"}))
                .hasMessage("unknown option '--port'; see --help");
        assertThatThrownBy(() -> TerminalArgs.parse("pos", new String[] {"--enroll", "ABCD-1234"}))
                .hasMessageContaining("--enroll needs settings with server.url")
                .hasMessageContaining(home.resolve("pos.properties").toString());
    }
}

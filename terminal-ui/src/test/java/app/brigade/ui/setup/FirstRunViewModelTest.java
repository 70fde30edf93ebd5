package app.brigade.ui.setup;

import static org.assertj.core.api.Assertions.assertThat;

import app.brigade.ui.concurrent.UiExecutor;
import app.brigade.ui.config.ConfigFile;
import app.brigade.ui.i18n.Messages;
import app.brigade.ui.setup.FirstRunViewModel.ResultState;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wizard's logic without the FX toolkit: validation, kept values, the written settings. */
class FirstRunViewModelTest {

    @TempDir
    Path home;

    private final List<ConfigFile> started = new ArrayList<>();
    private UiExecutor executor;
    private FirstRunViewModel<ConfigFile> model;

    @BeforeEach
    void setUp() {
        executor = UiExecutor.sameThread();
        model = new FirstRunViewModel<>(new TerminalSetup(TerminalKind.POS, home.resolve("pos.properties")), executor,
                new Messages(null, Locale.US), ConfigFile::load, started::add);
    }

    @AfterEach
    void tearDown() {
        executor.close();
    }

    @Test
    void theNameStartsAsTheAppsDefault() {
        assertThat(model.nameProperty().get()).isEqualTo("POS-1");
        assertThat(model.configFile()).isEqualTo(home.resolve("pos.properties"));
    }

    @Test
    void testingWithoutAnAddressAsksForOneAndCallsNothing() {
        model.testConnection();

        assertThat(model.urlErrorProperty().get()).isEqualTo("Enter the server address, e.g. https://brigade.example:8443");
        assertThat(model.resultStateProperty().get()).isEqualTo(ResultState.NONE);
    }

    @Test
    void anAddressWithoutSchemeIsRefusedAndKept() {
        model.urlProperty().set("brigade.local:8080");

        model.testConnection();

        assertThat(model.urlErrorProperty().get()).isEqualTo(
                "\"brigade.local:8080\" must start with http:// or https://, e.g. http://192.168.1.10:8080");
        assertThat(model.urlProperty().get()).isEqualTo("brigade.local:8080");
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void enrollValidatesEveryFieldAtOnceAndKeepsWhatWasTyped() {
        model.nameProperty().set("Bar/1");
        model.urlProperty().set("http://bri gade");
        model.codeProperty().set("AB");

        model.enroll();

        assertThat(model.nameErrorProperty().get()).startsWith("\"Bar/1\" is not a valid name");
        assertThat(model.urlErrorProperty().get()).isEqualTo(
                "\"http://bri gade\" is not a valid server address; use the form https://host:port");
        assertThat(model.codeErrorProperty().get()).startsWith("\"AB\" is not an enrollment code");
        assertThat(model.nameProperty().get()).isEqualTo("Bar/1");
        assertThat(model.urlProperty().get()).isEqualTo("http://bri gade");
        assertThat(model.codeProperty().get()).isEqualTo("AB");
        assertThat(home.resolve("pos.properties")).doesNotExist();
    }

    @Test
    void anEmptyCodeIsAskedFor() {
        model.urlProperty().set("http://127.0.0.1:8080");

        model.enroll();

        assertThat(model.urlErrorProperty().get()).isEmpty();
        assertThat(model.codeErrorProperty().get()).startsWith("Enter the one-time enrollment code");
    }

    @Test
    void editingAFieldClearsItsError() {
        model.enroll();
        assertThat(model.urlErrorProperty().get()).isNotEmpty();

        model.urlProperty().set("http://");

        assertThat(model.urlErrorProperty().get()).isEmpty();
        assertThat(model.codeErrorProperty().get()).as("other fields keep their message").isNotEmpty();
    }

    @Test
    void standaloneWithABadNameWritesNothing() {
        model.nameProperty().set("   ");

        model.standalone();

        assertThat(model.nameErrorProperty().get()).isEqualTo("Enter a name for this terminal, e.g. POS-1 or Bar.");
        assertThat(home.resolve("pos.properties")).doesNotExist();
        assertThat(started).isEmpty();
    }

    @Test
    void standaloneWritesTheSettingsAndStartsFromThem() {
        model.nameProperty().set("Front Till");

        model.standalone();

        assertThat(started).singleElement().satisfies(c -> {
            assertThat(c.string("terminal.name", null)).isEqualTo("Front Till");
            assertThat(c.path("data.dir", null)).isEqualTo(home.resolve("front-till"));
            assertThat(c.string("server.url", null)).isNull();
        });
        assertThat(model.resultStateProperty().get()).isEqualTo(ResultState.OK);
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void aStartFailureIsShownWithTheSettingsFileAndKeepsTheFields() {
        TerminalOpener<ConfigFile> storeInUse = file -> {
            throw new IllegalStateException("the store in /x is already open by process 42");
        };
        FirstRunViewModel<ConfigFile> failing = new FirstRunViewModel<>(new TerminalSetup(TerminalKind.KDS,
                home.resolve("kds.properties")), executor, new Messages(null, Locale.US), storeInUse, started::add);

        failing.standalone();

        assertThat(failing.resultStateProperty().get()).isEqualTo(ResultState.ERROR);
        assertThat(failing.resultProperty().get()).isEqualTo("The terminal could not start: the store in /x is"
                + " already open by process 42. The settings are saved in " + home.resolve("kds.properties")
                + "; correct them there or start again.");
        assertThat(failing.nameProperty().get()).isEqualTo("KDS-1");
        assertThat(failing.busyProperty().get()).as("the buttons work again").isFalse();
    }

    @Test
    void testingAClosedPortSaysNothingAnswersThereAndKeepsTheFields() throws IOException {
        int port = closedPort();
        model.urlProperty().set("http://127.0.0.1:" + port);
        model.codeProperty().set("ABCD-EFGH-JKMN");

        model.testConnection();

        assertThat(model.resultStateProperty().get()).isEqualTo(ResultState.ERROR);
        assertThat(model.resultProperty().get()).startsWith("Nothing answers at http://127.0.0.1:" + port
                + ": the connection was refused.");
        assertThat(model.urlProperty().get()).isEqualTo("http://127.0.0.1:" + port);
        assertThat(model.codeProperty().get()).isEqualTo("ABCD-EFGH-JKMN");
    }

    static int closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}

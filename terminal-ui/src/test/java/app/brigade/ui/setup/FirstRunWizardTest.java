package app.brigade.ui.setup;

import static org.assertj.core.api.Assertions.assertThat;

import app.brigade.server.auth.DeviceKind;
import app.brigade.sync.enroll.Enrollment;
import app.brigade.sync.testkit.LiveServer;
import app.brigade.ui.concurrent.UiExecutor;
import app.brigade.ui.config.ConfigFile;
import app.brigade.ui.i18n.Messages;
import app.brigade.ui.theme.Theme;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The wizard on a real scene (headless Monocle): what the person setting up a terminal sees. */
@ExtendWith(ApplicationExtension.class)
class FirstRunWizardTest {

    @TempDir
    static Path tempRoot;

    private static int counter;
    private final List<ConfigFile> started = new CopyOnWriteArrayList<>();
    private Path dir;
    private UiExecutor executor;
    private SetupPage page;

    @Start
    void start(Stage stage) {
        dir = tempRoot.resolve("t" + (++counter));
        executor = UiExecutor.javafx();
        Messages messages = new Messages(null, Locale.US);
        FirstRunViewModel<ConfigFile> model = new FirstRunViewModel<>(new TerminalSetup(TerminalKind.POS,
                dir.resolve("home/pos.properties")), executor, messages, ConfigFile::load, started::add);
        Theme.install(false);
        Scene scene = new Scene(new FirstRunWizard(model, messages), 1280, 800);
        Theme.style(scene);
        stage.setScene(scene);
        stage.show();
        page = new SetupPage(new FxRobot()).shown();
    }

    @AfterEach
    void stop() {
        executor.close();
    }

    @Test
    void testingAClosedPortShowsWhatWentWrongAndKeepsEveryField() throws Exception {
        String url = "http://127.0.0.1:" + FirstRunViewModelTest.closedPort();

        page.url(url).code("ABCD-EFGH-JKMN").testConnection();

        assertThat(page.result()).startsWith("Nothing answers at " + url + ": the connection was refused. Is the"
                + " server running, and are the host and port right?");
        assertThat(page.field("url")).isEqualTo(url);
        assertThat(page.field("code")).isEqualTo("ABCD-EFGH-JKMN");
        assertThat(page.field("name")).isEqualTo("POS-1");
        assertThat(dir.resolve("home/pos.properties")).doesNotExist();
        assertThat(started).isEmpty();
    }

    @Test
    void aBadAddressIsAValidationMessageUnderTheField() {
        page.url("brigade.local:8080").testConnection();

        assertThat(page.urlError()).isEqualTo(
                "\"brigade.local:8080\" must start with http:// or https://, e.g. http://192.168.1.10:8080");
        assertThat(page.result()).isEmpty();
        assertThat(page.field("url")).isEqualTo("brigade.local:8080");

        page.url("http://bri gade").code("").enroll();

        assertThat(page.urlError()).isEqualTo(
                "\"http://bri gade\" is not a valid server address; use the form https://host:port");
        assertThat(page.codeError()).startsWith("Enter the one-time enrollment code");
        assertThat(started).isEmpty();
    }

    @Test
    void testingARunningServerShowsItsVersion() {
        try (LiveServer server = LiveServer.start(dir)) {
            page.url(server.uri().toString()).testConnection();

            assertThat(page.result()).startsWith("Connected to the Brigade server at " + server.uri() + " (version ")
                    .endsWith(", h2 database).");
        }
    }

    @Test
    void enrollingWithARealCodeWritesTheSettingsSavesTheTokenAndStarts() {
        try (LiveServer server = LiveServer.start(dir)) {
            String code = server.code("POS-1", DeviceKind.POS);

            page.url(server.uri() + "/").code(code.toLowerCase(Locale.ROOT)).enroll();

            assertThat(started).as(page.result()).singleElement().satisfies(config -> {
                assertThat(config.string("server.url", null)).isEqualTo(server.uri().toString());
                assertThat(config.string("terminal.name", null)).isEqualTo("POS-1");
                Path data = config.path("data.dir", null);
                assertThat(data).isEqualTo(dir.resolve("home/pos-1"));
                assertThat(Enrollment.load(data, server.uri()).deviceId()).startsWith("pos-");
            });
            assertThat(page.result()).startsWith("Enrolled on " + server.uri() + " as pos-");
        }
    }
}

package app.brigade.kds.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.brigade.kds.app.KdsApplication;
import app.brigade.kds.app.KdsConfig;
import app.brigade.server.auth.DeviceKind;
import app.brigade.sync.enroll.Enrollment;
import app.brigade.sync.testkit.LiveServer;
import app.brigade.ui.config.ConfigFile;
import app.brigade.ui.setup.SetupPage;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The KDS application itself (its {@code start}, as {@code KdsMain} launches it) with no settings: the
 * first-run wizard, then the board from the settings it wrote. Headless Monocle, real store, real server.
 */
class KdsFirstRunTest {

    private static Locale systemLocale;

    @TempDir
    Path home;

    private final FxRobot robot = new FxRobot();
    private final SetupPage setup = new SetupPage(robot);
    private Application app;

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void launchWithoutSettings() throws TimeoutException {
        systemLocale = Locale.getDefault();
        Locale.setDefault(Locale.US);
        KdsApplication.prepareFirstRun(home.resolve("kds.properties"));
        app = FxToolkit.setupApplication(KdsApplication::new);
        setup.shown();
    }

    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.cleanupApplication(app);
        Locale.setDefault(systemLocale);
    }

    @Test
    void standaloneIsOneTapAndShowsTheBoardOfEveryStation() throws Exception {
        assertThat(setup.field("name")).isEqualTo("KDS-1");

        setup.standalone();

        waitFor("#board");
        KdsConfig config = KdsConfig.from(ConfigFile.load(home.resolve("kds.properties")));
        assertThat(config.terminalName()).isEqualTo("KDS-1");
        assertThat(config.serverUrl()).isNull();
        assertThat(config.dataDir()).isEqualTo(home.resolve("kds-1"));
        assertThat(text("#kds-title")).isEqualTo("All stations");
        assertThat(text("#status-connection")).isEqualTo("Standalone");
    }

    @Test
    void enrollingWithARealCodeWritesServerUrlSavesTheTokenAndTheDisplayGoesOnline() throws Exception {
        try (LiveServer server = LiveServer.start(home.resolve("server"))) {
            setup.url(server.uri().toString()).code(server.code("KDS-1", DeviceKind.KDS)).enroll();

            waitFor("#board");
            KdsConfig config = KdsConfig.from(ConfigFile.load(home.resolve("kds.properties")));
            assertThat(config.serverUrl()).isEqualTo(server.uri().toString());
            assertThat(Enrollment.load(config.dataDir(), server.uri()).deviceId()).startsWith("kds-");
            waitUntil(() -> "Online".equals(text("#status-connection")), "the status bar to say Online");
        }
    }

    @Test
    void aPosCodeIsRefusedInTheServersWordsAndTheFieldsStay() throws Exception {
        try (LiveServer server = LiveServer.start(home.resolve("server"))) {
            String posCode = server.code("POS-9", DeviceKind.POS);

            setup.url(server.uri().toString()).code(posCode).enroll();

            assertThat(setup.result()).isEqualTo("The server " + server.uri() + " did not enroll this terminal: kind"
                    + " 'kds' does not match the code, which was issued for a pos");
            assertThat(setup.field("code")).isEqualTo(posCode);
            assertThat(home.resolve("kds.properties")).doesNotExist();
        }
    }

    private String text(String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private void waitFor(String query) {
        waitUntil(() -> robot.lookup(query).tryQuery().isPresent(), query + " to show");
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition, String what) {
        try {
            WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return condition.call();
            });
        } catch (TimeoutException e) {
            throw new AssertionError("waited 90 s for " + what, e);
        }
    }
}

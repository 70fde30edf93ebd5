package app.brigade.pos.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.brigade.pos.app.PosApplication;
import app.brigade.pos.app.PosConfig;
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
 * The POS application itself (its {@code start}, as {@code PosMain} launches it) on a terminal with no
 * settings: the first-run wizard, then the POS from the settings it wrote. Headless Monocle, real store,
 * real server.
 */
class PosFirstRunTest {

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
        PosApplication.prepareFirstRun(home.resolve("pos.properties"));
        app = FxToolkit.setupApplication(PosApplication::new);
        setup.shown();
    }

    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.cleanupApplication(app);
        Locale.setDefault(systemLocale);
    }

    @Test
    void standaloneIsOneTapAndLeadsToTheLoginOfAWorkingTerminal() throws Exception {
        setup.standalone();

        waitFor("#login-view");
        PosConfig config = PosConfig.from(ConfigFile.load(home.resolve("pos.properties")));
        assertThat(config.terminalName()).isEqualTo("POS-1");
        assertThat(config.serverUrl()).isNull();
        assertThat(config.dataDir()).isEqualTo(home.resolve("pos-1"));
        assertThat(home.resolve("pos-1/store")).isDirectory();
        assertThat(text("#status-connection")).isEqualTo("Standalone");

        for (char c : "1111".toCharArray()) {
            robot.clickOn("#pin-" + c);
        }
        robot.clickOn("#pin-ok");
        waitFor("#float-amount");
    }

    @Test
    void enrollingWithARealCodeWritesServerUrlSavesTheTokenAndTheTerminalGoesOnline() throws Exception {
        try (LiveServer server = LiveServer.start(home.resolve("server"))) {
            setup.name("Bar POS").url(server.uri().toString()).code(server.code("Bar POS", DeviceKind.POS))
                    .enroll();

            waitFor("#login-view");
            PosConfig config = PosConfig.from(ConfigFile.load(home.resolve("pos.properties")));
            assertThat(config.terminalName()).isEqualTo("Bar POS");
            assertThat(config.serverUrl()).isEqualTo(server.uri().toString());
            assertThat(Enrollment.load(config.dataDir(), server.uri()).deviceId()).startsWith("pos-");
            waitUntil(() -> "Online".equals(text("#status-connection")),
                    () -> "the status bar to say Online (it says " + text("#status-connection") + ")");
        }
    }

    @Test
    void aClosedPortIsExplainedAndNothingIsWritten() throws Exception {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        }
        setup.url("http://127.0.0.1:" + port).code("ABCD-EFGH-JKMN").enroll();

        assertThat(setup.result()).startsWith("Nothing answers at http://127.0.0.1:" + port);
        assertThat(setup.field("url")).isEqualTo("http://127.0.0.1:" + port);
        assertThat(setup.field("code")).isEqualTo("ABCD-EFGH-JKMN");
        assertThat(home.resolve("pos.properties")).doesNotExist();
    }

    private String text(String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private void waitFor(String query) {
        waitUntil(() -> robot.lookup(query).tryQuery().isPresent(), () -> query + " to show");
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition,
            java.util.function.Supplier<String> what) {
        try {
            WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return condition.call();
            });
        } catch (TimeoutException e) {
            throw new AssertionError("waited 90 s for " + what.get(), e);
        }
    }
}

package app.brigade.installer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts the app images the build made with jpackage, the way an installed package starts them
 * (their own launcher and jlinked runtime), against temporary data folders.
 */
class AppImageTest {

    /** Monocle (shipped in the UI images) instead of a display; the launcher reads these through the JVM. */
    private static final String HEADLESS = "-Dglass.platform=Monocle -Dmonocle.platform=Headless"
            + " -Dprism.order=sw -Dprism.text=t2k -Dheadless.geometry=1920x1200-32";

    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    @TempDir
    Path temp;

    @Test
    void posImageStartsHeadlessOnATempConfigAndReachesTheLoginScreen() throws Exception {
        Path data = temp.resolve("pos-data");
        Path config = Files.writeString(temp.resolve("pos.properties"), """
                terminal.name=POS-IMAGE
                terminal.prefix=T
                data.dir=%s
                """.formatted(data.toString().replace('\\', '/')));
        ProcessBuilder builder = new ProcessBuilder(Built.launcher("brigade-pos").toString(), "--config",
                config.toString()).directory(temp.toFile());
        builder.environment().put("JAVA_TOOL_OPTIONS", HEADLESS);
        Path home = temp.resolve("brigade-home");
        builder.environment().put("BRIGADE_HOME", home.toString());

        try (RunningProcess pos = RunningProcess.start(builder)) {
            assertThat(pos.awaitLine("POS POS-IMAGE ready", START_TIMEOUT))
                    .as("the POS image logs 'POS POS-IMAGE ready' once the login screen is shown; output:%n%s",
                            pos.output())
                    .isTrue();
            assertThat(pos.isAlive()).as("the POS keeps running on its login screen; output:%n%s", pos.output())
                    .isTrue();
            assertThat(pos.output())
                    .as("the image's logging config (INFO, no DEBUG flood)")
                    .doesNotContain(" DEBUG ")
                    .doesNotContain("ClassNotFoundException")
                    .doesNotContain("NoClassDefFoundError");
        }
        assertThat(data.resolve("store")).as("the POS store lives in the configured data.dir").isDirectory();
        assertRollingLog(home, "pos", "POS POS-IMAGE ready");
    }

    @Test
    void kdsImageStartsHeadlessOnATempConfig() throws Exception {
        Path data = temp.resolve("kds-data");
        Path config = Files.writeString(temp.resolve("kds.properties"), """
                terminal.name=KDS-IMAGE
                data.dir=%s
                sound=false
                """.formatted(data.toString().replace('\\', '/')));
        ProcessBuilder builder = new ProcessBuilder(Built.launcher("brigade-kds").toString(), "--config",
                config.toString()).directory(temp.toFile());
        builder.environment().put("JAVA_TOOL_OPTIONS", HEADLESS);
        Path home = temp.resolve("brigade-home");
        builder.environment().put("BRIGADE_HOME", home.toString());

        try (RunningProcess kds = RunningProcess.start(builder)) {
            assertThat(kds.awaitLine("KDS KDS-IMAGE ready", START_TIMEOUT))
                    .as("the KDS image logs 'KDS KDS-IMAGE ready'; output:%n%s", kds.output())
                    .isTrue();
            assertThat(kds.isAlive()).as("the KDS keeps running; output:%n%s", kds.output()).isTrue();
        }
        assertRollingLog(home, "kds", "KDS KDS-IMAGE ready");
    }

    @Test
    void serverImageServesItsHealthEndpoint() throws Exception {
        int port = freePort();
        ProcessBuilder builder = new ProcessBuilder(Built.launcher("brigade-server").toString(),
                "--data", temp.resolve("server-data").toString(), "--host", "127.0.0.1", "--port",
                Integer.toString(port)).directory(temp.toFile());
        Path home = temp.resolve("brigade-home");
        builder.environment().put("BRIGADE_HOME", home.toString());

        try (RunningProcess server = RunningProcess.start(builder);
                HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
            assertThat(server.awaitLine("listening on", START_TIMEOUT))
                    .as("the server image logs that it listens; output:%n%s", server.output())
                    .isTrue();
            HttpResponse<String> health = http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/health"))
                            .timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).as("GET /v1/health: %s", health.body()).isEqualTo(200);
        }
        assertRollingLog(home, "server", "listening on");
    }

    /** The image wrote its log, besides the console, to the per-user folder: {@code <Brigade home>/logs/<app>.log}. */
    private static void assertRollingLog(Path brigadeHome, String app, String line) throws IOException {
        Path log = brigadeHome.resolve("logs").resolve(app + ".log");
        assertThat(log).as("the %s image's rolling log file", app).isRegularFile();
        assertThat(Files.readString(log)).as(log.toString()).contains(line);
    }

    @Test
    void imagesShareOneRuntimeLayoutAndRunOnTheClasspathWithNativeAccess() throws IOException {
        for (String app : new String[] {"brigade-pos", "brigade-kds", "brigade-server"}) {
            Path image = Built.images().resolve(app);
            Path cfg = image.resolve("lib/app/" + app + ".cfg");
            assertThat(cfg).as("jpackage launcher config of %s", app).isRegularFile();
            String text = Files.readString(cfg);
            assertThat(text).contains("app.mainclass=app.brigade.")
                    .contains("-Djpackage.app-version=" + Built.appVersion());
            assertThat(image.resolve("lib/runtime/release")).isRegularFile();
            String modules = Files.readString(image.resolve("lib/runtime/release"));
            assertThat(modules).contains("java.sql").contains("jdk.charsets").contains("jdk.unsupported");
        }
        String pos = Files.readString(Built.images().resolve("brigade-pos/lib/app/brigade-pos.cfg"));
        assertThat(pos).contains("java-options=--enable-native-access=ALL-UNNAMED")
                .contains("openjfx-monocle").contains("javafx-graphics");
        String server = Files.readString(Built.images().resolve("brigade-server/lib/app/brigade-server.cfg"));
        assertThat(server).as("the server image carries no JavaFX").doesNotContain("javafx");
        assertThat(Built.images().resolve("brigade-server/lib/systemd/brigade-server.service")).isRegularFile();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

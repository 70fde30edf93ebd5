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
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./brigade} launcher at the repository root. It runs with BRIGADE_NO_BUILD=1: this test
 * runs inside the Maven build, after the app modules were packaged, so the launcher must not start
 * a second Maven build.
 */
class LauncherTest {

    @TempDir
    Path temp;

    @Test
    void helpListsTheCommands() throws Exception {
        Result help = brigade("--help");

        assertThat(help.exit()).as(help.output()).isZero();
        assertThat(help.output()).contains("Usage: ./brigade <command>")
                .contains("pos [--config FILE]")
                .contains("kds [--config FILE]")
                .contains("server")
                .contains("demo");
    }

    @Test
    void posHelpDescribesItsOptions() throws Exception {
        Result help = brigade("pos", "--help");

        assertThat(help.exit()).as(help.output()).isZero();
        assertThat(help.output()).contains("Usage: pos [--config FILE]").contains("--config FILE");
    }

    @Test
    void demoHelpDescribesTheDemoAndStartsNothing() throws Exception {
        Path demo = temp.resolve("demo");
        Result help = brigade(Map.of("BRIGADE_DEMO_DATA", demo.toString()), "demo", "--help");

        assertThat(help.exit()).as(help.output()).isZero();
        assertThat(help.output()).contains("Usage: ./brigade demo").contains("demo restaurant")
                .contains("data/demo").contains("BRIGADE_DEMO_DATA").doesNotContain("demo: server");
        assertThat(demo).as("--help starts nothing and writes nothing").doesNotExist();

        Result bad = brigade(Map.of("BRIGADE_DEMO_DATA", demo.toString()), "demo", "--frobnicate");
        assertThat(bad.exit()).as(bad.output()).isEqualTo(2);
        assertThat(bad.output()).contains("unknown option '--frobnicate'").contains("Usage: ./brigade demo");
        assertThat(demo).doesNotExist();
    }

    @Test
    void theServerStartedByTheLauncherLogsToARollingFileInTheBrigadeHome() throws Exception {
        Path home = temp.resolve("home");
        ProcessBuilder server = launcher(Map.of("BRIGADE_HOME", home.toString()), "server", "--data",
                temp.resolve("server").toString(), "--host", "127.0.0.1", "--port", "0");

        try (RunningProcess running = RunningProcess.start(server)) {
            assertThat(running.awaitLine("listening on", Duration.ofSeconds(90)))
                    .as("the server starts; output:%n%s", running.output()).isTrue();
            assertThat(running.output()).as("the console keeps the log too").contains("listening on");
        }
        Path log = home.resolve("logs").resolve("server.log");
        assertThat(log).as("<Brigade home>/logs/server.log").isRegularFile();
        assertThat(Files.readString(log)).contains("listening on");
    }

    /**
     * The demo's start, as far as it goes without a display: the server's catalog is seeded with the demo
     * restaurant before the terminals enroll, once (a second start finds it and leaves it alone).
     */
    @Test
    void theDemoSeedsItsServerWithTheDemoRestaurantOnce() throws Exception {
        Path demo = temp.resolve("demo");
        Result first = startDemo(demo);
        assertThat(first.output()).contains("demo: server seeded with the demo restaurant");
        assertThat(demo.resolve("logs/server.log")).as("the demo's logs stay in its folder").isRegularFile();

        Result second = startDemo(demo);
        assertThat(second.output()).as("the catalog is there already").doesNotContain("seeded");

        Result token = brigade(Map.of(), "server", "create-admin-token", "--data", demo.resolve("server").toString());
        assertThat(token.exit()).as(token.output()).isZero();
        String admin = token.output().lines().filter(l -> !l.isBlank() && !l.contains(" ")).findFirst()
                .orElseThrow(() -> new AssertionError("no token in: " + token.output()));
        int port = freePort();
        try (RunningProcess server = RunningProcess.start(launcher(Map.of(), "server", "--data",
                demo.resolve("server").toString(), "--host", "127.0.0.1", "--port", Integer.toString(port)));
                HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
            assertThat(server.awaitLine("listening on", Duration.ofSeconds(90))).as(server.output()).isTrue();
            HttpResponse<String> catalog = http.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port + "/v1/catalog"))
                    .header("Authorization", "Bearer " + admin).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(catalog.statusCode()).as(catalog.body()).isEqualTo(200);
            assertThat(catalog.body()).contains("Brigade Bistro");
            assertThat(catalog.headers().firstValue("ETag")).as("published once: version 1")
                    .hasValueSatisfying(etag -> assertThat(etag).startsWith("\"1-"));
        }
    }

    /** Runs {@code ./brigade demo} on {@code data} until it has started its server, then stops it (Ctrl-C). */
    private Result startDemo(Path data) throws Exception {
        ProcessBuilder builder = launcher(Map.of("BRIGADE_DEMO_DATA", data.toString(),
                "BRIGADE_SERVER_PORT", Integer.toString(freePort()),
                "BRIGADE_PRINTER_PORT", Integer.toString(freePort()),
                "BRIGADE_KDS_PORT", Integer.toString(freePort())), "demo");
        String output;
        try (RunningProcess demo = RunningProcess.start(builder)) {
            assertThat(demo.awaitLine("demo: KDS", Duration.ofSeconds(180)))
                    .as("the demo starts its server; output:%n%s", demo.output()).isTrue();
            output = demo.output();
        }
        return new Result(0, output);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    void aBadConfigValueStopsThePosWithExitCode2NamingKeyValueAndWhatIsAllowed() throws Exception {
        Path config = Files.writeString(temp.resolve("bad.properties"), """
                terminal.name=POS-BAD
                data.dir=%s
                printer.columns=40
                """.formatted(temp.resolve("data").toString().replace('\\', '/')));

        Result bad = brigade("pos", "--config", config.toString());

        assertThat(bad.exit()).as(bad.output()).isEqualTo(2);
        assertThat(bad.output()).contains("printer.columns=40").contains("allowed: 32, 42 or 48");
        assertThat(temp.resolve("data")).as("nothing starts on a bad config").doesNotExist();
    }

    @Test
    void aShortPosRunLeavesNoAotCacheAndALongEnoughOneMakesOneTheNextStartUses() throws Exception {
        Path config = Files.writeString(temp.resolve("bad.properties"), "printer.columns=40\n");
        Path aot = temp.resolve("aot");

        Result quick = brigade(Map.of("BRIGADE_AOT_DIR", aot.toString()), "pos", "--config", config.toString());
        assertThat(quick.exit()).as(quick.output()).isEqualTo(2);
        assertThat(filesIn(aot)).as("a run shorter than BRIGADE_AOT_MIN_SECONDS keeps nothing").isEmpty();

        Result recorded = brigade(Map.of("BRIGADE_AOT_DIR", aot.toString(), "BRIGADE_AOT_MIN_SECONDS", "0"),
                "pos", "--config", config.toString());
        assertThat(recorded.exit()).as(recorded.output()).isEqualTo(2);
        assertThat(recorded.output()).contains("preparing a faster start for next time");
        assertThat(filesIn(aot)).as("the cache, its creation log, and no recording left behind")
                .containsExactlyInAnyOrder("pos-app.aot", "pos-app.create.log");

        Result cached = brigade(Map.of("BRIGADE_AOT_DIR", aot.toString()), "pos", "--config", config.toString());
        assertThat(cached.exit()).as(cached.output()).isEqualTo(2);
        assertThat(cached.output()).as("started from the cache: the same refusal, no new recording")
                .contains("printer.columns=40").doesNotContain("AOTConfiguration recorded")
                .doesNotContain("preparing a faster start").doesNotContain("[error][aot]");
    }

    private static java.util.List<String> filesIn(Path dir) throws Exception {
        if (!Files.isDirectory(dir)) {
            return java.util.List.of();
        }
        try (var files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).toList();
        }
    }

    @Test
    void anUnknownCommandIsABadUsage() throws Exception {
        Result unknown = brigade("frobnicate");

        assertThat(unknown.exit()).as(unknown.output()).isEqualTo(2);
        assertThat(unknown.output()).contains("unknown command 'frobnicate'").contains("Usage: ./brigade");
    }

    private Result brigade(String... args) throws Exception {
        return brigade(Map.of(), args);
    }

    private Result brigade(Map<String, String> environment, String... args) throws Exception {
        try (RunningProcess brigade = RunningProcess.start(launcher(environment, args))) {
            int exit = brigade.awaitExit(Duration.ofSeconds(90));
            return new Result(exit, brigade.output());
        }
    }

    /**
     * {@code ./brigade args} in the temp folder, never building, with its Brigade home (settings, logs)
     * in the temp folder too unless {@code environment} says otherwise.
     */
    private ProcessBuilder launcher(Map<String, String> environment, String... args) {
        Path script = Built.repositoryRoot().resolve("brigade");
        assertThat(Files.isExecutable(script)).as("%s is executable", script).isTrue();
        String[] command = new String[args.length + 1];
        command[0] = script.toString();
        System.arraycopy(args, 0, command, 1, args.length);
        ProcessBuilder builder = new ProcessBuilder(command).directory(temp.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("BRIGADE_NO_BUILD", "1");
        builder.environment().put("BRIGADE_HOME", temp.resolve("brigade-home").toString());
        builder.environment().putAll(environment);
        return builder;
    }

    private record Result(int exit, String output) {
    }
}

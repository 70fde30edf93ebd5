package app.brigade.installer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
    void anUnknownCommandIsABadUsage() throws Exception {
        Result unknown = brigade("frobnicate");

        assertThat(unknown.exit()).as(unknown.output()).isEqualTo(2);
        assertThat(unknown.output()).contains("unknown command 'frobnicate'").contains("Usage: ./brigade");
    }

    private Result brigade(String... args) throws Exception {
        Path script = Built.repositoryRoot().resolve("brigade");
        assertThat(Files.isExecutable(script)).as("%s is executable", script).isTrue();
        String[] command = new String[args.length + 1];
        command[0] = script.toString();
        System.arraycopy(args, 0, command, 1, args.length);
        ProcessBuilder builder = new ProcessBuilder(command).directory(temp.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("BRIGADE_NO_BUILD", "1");
        try (RunningProcess brigade = RunningProcess.start(builder)) {
            int exit = brigade.awaitExit(Duration.ofSeconds(90));
            return new Result(exit, brigade.output());
        }
    }

    private record Result(int exit, String output) {
    }
}

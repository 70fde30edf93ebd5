package app.brigade.ui.setup;

import static org.assertj.core.api.Assertions.assertThat;

import app.brigade.server.auth.DeviceKind;
import app.brigade.sync.enroll.DeviceCredentials;
import app.brigade.sync.enroll.Enrollment;
import app.brigade.sync.enroll.TokenFile;
import app.brigade.sync.testkit.LiveServer;
import app.brigade.ui.config.ConfigFile;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wizard's work against a real server: enrollment, the token, the settings file the apps read. */
class TerminalSetupTest {

    @TempDir
    Path dir;

    @Test
    void enrollingWithARealCodeSavesTheTokenAndThenTheSettings() throws Exception {
        Path home = dir.resolve("home");
        TerminalSetup setup = new TerminalSetup(TerminalKind.POS, home.resolve("pos.properties"));
        try (LiveServer server = LiveServer.start(dir)) {
            String code = server.code("Bar POS", DeviceKind.POS);

            EnrollOutcome outcome = setup.enroll(server.uri(), code, "Bar POS");

            assertThat(outcome).isInstanceOfSatisfying(EnrollOutcome.Enrolled.class, ok -> {
                assertThat(ok.dataDir()).isEqualTo(home.resolve("bar-pos"));
                assertThat(ok.deviceId()).startsWith("pos-");
            });
            ConfigFile config = ConfigFile.load(home.resolve("pos.properties"));
            assertThat(config.string("terminal.name", null)).isEqualTo("Bar POS");
            assertThat(config.string("server.url", null)).isEqualTo(server.uri().toString());
            assertThat(config.path("data.dir", null)).isEqualTo(home.resolve("bar-pos"));
            DeviceCredentials saved = Enrollment.load(home.resolve("bar-pos"), server.uri());
            assertThat(saved.deviceId()).isEqualTo(((EnrollOutcome.Enrolled) outcome).deviceId());
        }
    }

    @Test
    void aCodeForAnotherKindOrAlreadyUsedIsRefusedInTheServersWordsAndNothingIsWritten() throws Exception {
        Path home = dir.resolve("home");
        TerminalSetup kds = new TerminalSetup(TerminalKind.KDS, home.resolve("kds.properties"));
        try (LiveServer server = LiveServer.start(dir)) {
            String posCode = server.code("POS-2", DeviceKind.POS);

            EnrollOutcome wrongKind = kds.enroll(server.uri(), posCode, "KDS-1");

            assertThat(wrongKind).isInstanceOfSatisfying(EnrollOutcome.Refused.class, r -> {
                assertThat(r.problemType()).isEqualTo("enrollment-kind-mismatch");
                assertThat(r.detail()).contains("issued for a pos");
            });
            String kdsCode = server.code("KDS-1", DeviceKind.KDS);
            assertThat(kds.enroll(server.uri(), kdsCode, "KDS-1")).isInstanceOf(EnrollOutcome.Enrolled.class);
            Files.delete(home.resolve("kds.properties"));

            EnrollOutcome used = kds.enroll(server.uri(), kdsCode, "KDS-1");

            assertThat(used).isInstanceOfSatisfying(EnrollOutcome.Refused.class,
                    r -> assertThat(r.detail()).contains("already used"));
            assertThat(home.resolve("kds.properties")).doesNotExist();
        }
    }

    @Test
    void anUnreachableServerSpendsNoCodeAndWritesNothing() throws Exception {
        Path home = dir.resolve("home");
        TerminalSetup setup = new TerminalSetup(TerminalKind.POS, home.resolve("pos.properties"));
        URI closed = URI.create("http://127.0.0.1:" + FirstRunViewModelTest.closedPort());

        EnrollOutcome outcome = setup.enroll(closed, "ABCD-EFGH-JKMN", "POS-1");

        assertThat(outcome).isInstanceOfSatisfying(EnrollOutcome.Unreachable.class,
                u -> assertThat(u.check().problem()).isEqualTo(ConnectionCheck.Problem.REFUSED));
        assertThat(home).doesNotExist();
    }

    @Test
    void enrollingNeverReusesAFolderThatHoldsAnotherTerminalsData() throws Exception {
        Path home = dir.resolve("home");
        Files.createDirectories(home.resolve("pos-1/store"));
        TerminalSetup setup = new TerminalSetup(TerminalKind.POS, home.resolve("pos.properties"));
        try (LiveServer server = LiveServer.start(dir)) {
            EnrollOutcome outcome = setup.enroll(server.uri(), server.code("POS-1", DeviceKind.POS), "POS-1");

            assertThat(outcome).isInstanceOfSatisfying(EnrollOutcome.Enrolled.class,
                    ok -> assertThat(ok.dataDir()).isEqualTo(home.resolve("pos-1-2")));
            assertThat(ConfigFile.load(home.resolve("pos.properties")).path("data.dir", null))
                    .isEqualTo(home.resolve("pos-1-2"));
        }
    }

    @Test
    void standaloneKeepsAnEarlierStandaloneFolderButNotAnEnrolledOne() throws Exception {
        Path home = dir.resolve("home");
        Files.createDirectories(home.resolve("pos-1/store"));
        TerminalSetup setup = new TerminalSetup(TerminalKind.POS, home.resolve("pos.properties"));

        assertThat(setup.standalone("POS-1")).isEqualTo(home.resolve("pos-1"));

        Files.writeString(TokenFile.in(home.resolve("pos-1")), "{}");
        assertThat(setup.standalone("POS-1")).isEqualTo(home.resolve("pos-1-2"));
        assertThat(ConfigFile.load(home.resolve("pos.properties")).string("server.url", null)).isNull();
    }
}

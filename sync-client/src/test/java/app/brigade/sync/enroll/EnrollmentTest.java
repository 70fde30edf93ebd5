package app.brigade.sync.enroll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.brigade.server.auth.DeviceKind;
import app.brigade.store.api.Store;
import app.brigade.sync.SyncClient;
import app.brigade.sync.SyncSettings;
import app.brigade.sync.testkit.LiveServer;
import app.brigade.sync.testkit.Terminal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Enrollment stores an owner-only token file and refuses a store or server that does not match it. */
class EnrollmentTest {

    @TempDir
    Path dir;

    @Test
    void enrollingWritesAnOwnerOnlyTokenFileWithServerAndDeviceId() throws Exception {
        try (LiveServer server = LiveServer.start(dir)) {
            Path config = dir.resolve("config");
            DeviceCredentials me = Enrollment.enroll(server.uri(), server.code("Bar", DeviceKind.POS), "Bar POS",
                    "pos", config, SyncSettings.defaults(), false);

            Path file = TokenFile.in(config);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            assertThat(Files.readString(file)).contains(server.uri().toString(), me.deviceId());
            assertThat(Enrollment.load(config, server.uri())).isEqualTo(me);
            assertThat(me.toString()).doesNotContain(me.token());
        }
    }

    @Test
    void aStoreOfAnotherDeviceIsRefusedWithBothIdsNamed() {
        try (LiveServer server = LiveServer.start(dir)) {
            DeviceCredentials me = server.enroll("Bar", DeviceKind.POS, dir.resolve("config"));
            try (Store other = Store.open(Terminal.options(dir.resolve("store"), "pos-someone-else", "A"))) {
                assertThatThrownBy(() -> SyncClient.create(other, me, SyncSettings.defaults()))
                        .isInstanceOf(EnrollmentMismatchException.class)
                        .hasMessageContaining("pos-someone-else").hasMessageContaining(me.deviceId());
            }
        }
    }

    @Test
    void anotherConfiguredServerAndABadCodeAreRefusedClearly() {
        try (LiveServer server = LiveServer.start(dir)) {
            Path config = dir.resolve("config");
            server.enroll("Bar", DeviceKind.POS, config);

            assertThatThrownBy(() -> Enrollment.load(config, URI.create("https://elsewhere.example:8470")))
                    .isInstanceOf(EnrollmentMismatchException.class).hasMessageContaining("elsewhere.example");
            assertThatThrownBy(() -> Enrollment.enroll(server.uri(), "NOPE-NOPE", "Bar", "pos", dir.resolve("c2"),
                    SyncSettings.defaults(), false))
                    .isInstanceOf(EnrollmentException.class).hasMessageContaining("enrollment-code-unknown");
            assertThatThrownBy(() -> Enrollment.enroll(server.uri(), server.code("X", DeviceKind.POS), "X", "pos",
                    config, SyncSettings.defaults(), false))
                    .isInstanceOf(EnrollmentException.class).hasMessageContaining("already enrolled");
        }
    }
}

package app.brigade.sync.push;

import static org.assertj.core.api.Assertions.assertThat;

import app.brigade.server.auth.DeviceKind;
import app.brigade.sync.SyncSettings;
import app.brigade.sync.enroll.DeviceCredentials;
import app.brigade.sync.feed.FeedMode;
import app.brigade.sync.status.Connectivity;
import app.brigade.sync.testkit.Await;
import app.brigade.sync.testkit.LiveServer;
import app.brigade.sync.testkit.ScriptedServer;
import app.brigade.sync.testkit.ScriptedServer.Reply;
import app.brigade.sync.testkit.Terminal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Replies a healthy server never gives: each is shown clearly, nothing is acknowledged, the outbox is kept. */
class BadRepliesTest {

    private static final SyncSettings PUSH_ONLY = Terminal.fastSettings().feedMode(FeedMode.OFF).build();

    @TempDir
    Path dir;

    static Stream<Arguments> badReplies() {
        return Stream.of(
                Arguments.of("500", ScriptedServer.problem(500, "internal-error", "the server failed unexpectedly"),
                        Connectivity.State.DEGRADED, "server error 500"),
                Arguments.of("HTML instead of JSON", new Reply(200, "text/html", "<html>Login to Wi-Fi</html>"),
                        Connectivity.State.DEGRADED, "text/html instead of JSON"),
                Arguments.of("truncated JSON", new Reply(200, "application/json", "{\"acked\":3,\"accep"),
                        Connectivity.State.DEGRADED, "not valid JSON"),
                Arguments.of("409 conflict", ScriptedServer.problem(409, "event-conflict",
                        "deviceSeq 1 of pos-x is already taken by event 0190"), Connectivity.State.DEGRADED,
                        "deviceSeq 1 of pos-x is already taken"),
                Arguments.of("401 revoked", ScriptedServer.problem(401, "token-revoked",
                        "the bearer token was revoked"), Connectivity.State.REENROLL_REQUIRED,
                        "re-enroll this terminal"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badReplies")
    void aBadReplyIsShownAndKeepsTheOutboxUntilTheServerAnswersProperly(String name, Reply reply,
            Connectivity.State state, String shown) throws Exception {
        try (ScriptedServer server = new ScriptedServer()) {
            server.onPush(reply);
            DeviceCredentials me = new DeviceCredentials(server.uri(), "pos-scripted", "token-1", "Till", "pos",
                    Instant.now());
            try (Terminal t = Terminal.start(dir.resolve("t"), me, "A", PUSH_ONLY)) {
                t.sellOrder();
                t.sellOrder();
                Await.until(Duration.ofSeconds(20), "the terminal to show " + state,
                        () -> t.sync().connectivity().state() == state && server.pushes() >= 2,
                        () -> t.sync().connectivity().toString());

                assertThat(t.sync().connectivity().detail()).contains(shown);
                assertThat(t.unsynced()).as("outbox kept").isEqualTo(6);
                assertThat(t.store().syncStatus().ackedDeviceSeq()).isZero();

                server.onPush(ScriptedServer::acknowledge);
                Await.until(Duration.ofSeconds(30), "the retry to succeed once the server answers properly",
                        () -> t.unsynced() == 0 && t.sync().connectivity().state() == Connectivity.State.ONLINE,
                        () -> t.sync().connectivity().toString());
            }
        }
    }

    @Test
    void aRevokedTokenOnTheRealServerAsksToReEnrollAndKeepsEverySale() {
        try (LiveServer server = LiveServer.start(dir)) {
            DeviceCredentials me = server.enroll("Till", DeviceKind.POS, dir.resolve("config"));
            try (Terminal t = Terminal.start(dir.resolve("t"), me, "A", PUSH_ONLY)) {
                t.sellOrder();
                Await.until(Duration.ofSeconds(20), "the first sale to sync", () -> t.unsynced() == 0);

                assertThat(server.server().tokens().revokeDevice(me.deviceId())).isTrue();
                t.sellOrder();

                Await.until(Duration.ofSeconds(20), "the terminal to ask for re-enrollment",
                        () -> t.sync().connectivity().state() == Connectivity.State.REENROLL_REQUIRED,
                        () -> t.sync().connectivity().toString());
                assertThat(t.sync().connectivity().detail()).contains("re-enroll this terminal", "token-revoked");
                assertThat(t.unsynced()).isEqualTo(3);
            }
        }
    }
}

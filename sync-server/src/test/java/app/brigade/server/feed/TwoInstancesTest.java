package app.brigade.server.feed;

import static org.assertj.core.api.Assertions.assertThat;

import app.brigade.model.protocol.Event;
import app.brigade.server.ServerConfig;
import app.brigade.server.auth.DeviceKind;
import app.brigade.server.support.Api;
import app.brigade.server.support.Device;
import app.brigade.server.support.PostgresCluster;
import app.brigade.server.support.PostgresExtension;
import app.brigade.server.support.SseReader;
import app.brigade.server.support.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Two stateless instances on one PostgreSQL database serve one feed: what one ingests, the other streams. */
@ExtendWith(PostgresExtension.class)
class TwoInstancesTest {

    @Test
    void eventsPushedToOneInstanceAreStreamedAndLongPolledByTheOther(PostgresCluster postgres) throws Exception {
        String url = postgres.createDatabase();
        try (TestServer a = TestServer.start(ServerConfig.builder().dbUrl(url).dbUser(PostgresCluster.USER));
                TestServer b = TestServer.start(ServerConfig.builder().dbUrl(url).dbUser(PostgresCluster.USER))) {
            Device pos = a.enrollPos();
            Device kds = b.enroll("Grill", DeviceKind.KDS);
            Api.Response poll;
            try (SseReader stream = new SseReader(b.api(), "/v1/events/stream?after=0", kds.token(), null)) {
                CompletableFuture<Api.Response> longPoll = CompletableFuture.supplyAsync(
                        () -> b.api().get("/v1/events?after=0&wait=25", kds.token()));
                Event fired = pos.next(Device.line("o-2i"));

                JsonNode pushed = a.api().post("/v1/events", pos.token(), Device.batch(fired)).json();

                SseReader.SseEvent received = stream.next();
                assertThat(received.id()).isEqualTo(pushed.get("serverSeqs").get(0).asText());
                assertThat(Device.codec().read(received.data())).isEqualTo(fired);
                poll = longPoll.get();
            }
            assertThat(poll.json().get("events")).hasSize(1);
            assertThat(poll.json().get("events").get(0).get("event").get("deviceId").asText()).isEqualTo(pos.id());
            assertThat(b.api().get("/v1/health", null).json().get("feedHead").asLong())
                    .isEqualTo(a.api().get("/v1/health", null).json().get("feedHead").asLong());
        }
    }

    @Test
    void concurrentPushesToBothInstancesGetDistinctGapFreeServerSequences(PostgresCluster postgres)
            throws Exception {
        String url = postgres.createDatabase();
        try (TestServer a = TestServer.start(ServerConfig.builder().dbUrl(url).dbUser(PostgresCluster.USER));
                TestServer b = TestServer.start(ServerConfig.builder().dbUrl(url).dbUser(PostgresCluster.USER))) {
            Device one = a.enrollPos();
            Device two = b.enrollPos();
            CompletableFuture<?>[] pushes = new CompletableFuture<?>[8];
            for (int i = 0; i < pushes.length; i++) {
                boolean first = i % 2 == 0;
                Device d = first ? one : two;
                TestServer s = first ? a : b;
                String batch = Device.batch(d.paidOrder("o-" + i, 20));
                pushes[i] = CompletableFuture.runAsync(() -> s.api().post("/v1/events", d.token(), batch));
            }
            CompletableFuture.allOf(pushes).get();

            JsonNode feed = b.api().get("/v1/events?after=0&limit=1000", one.token()).json().get("events");
            assertThat(feed).hasSize(8 * 23);
            for (int i = 0; i < feed.size(); i++) {
                assertThat(feed.get(i).get("serverSeq").asLong()).isEqualTo(i + 1);
            }
        }
    }
}

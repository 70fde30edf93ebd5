package app.brigade.kds.lan;

import static app.brigade.kds.PosDevice.line;
import static app.brigade.kds.PosDevice.ticket;
import static org.assertj.core.api.Assertions.assertThat;

import app.brigade.kds.KdsFixture;
import app.brigade.kds.PosDevice;
import app.brigade.kds.app.KdsContext;
import app.brigade.model.protocol.Event;
import app.brigade.model.protocol.EventCodec;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The LAN listener as a POS reaches it: a real server on a random loopback port, real HTTP. */
class LanListenerTest {

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final EventCodec codec = new EventCodec();
    private final PosDevice pos = new PosDevice("pos-7");
    private KdsContext context;

    @BeforeEach
    void open() {
        context = KdsFixture.open(dir, "lan.token", KdsFixture.TOKEN, "lan.bind", "127.0.0.1", "lan.port", "0");
    }

    @AfterEach
    void close() {
        context.close();
        http.close();
    }

    private HttpResponse<String> post(String body, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + context.lanPort()
                + "/v1/events")).timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode json(HttpResponse<String> r) throws Exception {
        return codec.mapper().readTree(r.body());
    }

    @Test
    void deliveredTicketIsAppliedAndCountedThenTheSameBatchIsADuplicate() throws Exception {
        AtomicInteger changes = new AtomicInteger();
        context.inbox().onChange(changes::incrementAndGet);
        Event fired = pos.fire(PosDevice.id(), "A-201", ticket("grill", line("Burger", 1)));
        String batch = codec.writeBatch(List.of(fired));

        HttpResponse<String> first = post(batch, KdsFixture.TOKEN);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(json(first).get("acked").asLong()).isEqualTo(fired.deviceSeq());
        assertThat(json(first).get("applied").asInt()).isEqualTo(1);
        assertThat(json(first).get("duplicates").asInt()).isZero();
        assertThat(context.store().tickets("grill")).hasSize(1);
        assertThat(context.peers().recent()).isEqualTo(1);

        HttpResponse<String> again = post(batch, KdsFixture.TOKEN);
        assertThat(json(again).get("applied").asInt()).isZero();
        assertThat(json(again).get("duplicates").asInt()).isEqualTo(1);
        assertThat(changes).as("a duplicate does not wake the screen").hasValue(1);
        assertThat(context.store().tickets("grill")).hasSize(1);
    }

    @Test
    void missingOrWrongTokenIsRefusedWith401AndNothingIsApplied() throws Exception {
        String batch = codec.writeBatch(List.of(pos.fire(PosDevice.id(), "A-202", ticket("grill",
                line("Burger", 1)))));
        HttpResponse<String> none = post(batch, null);
        HttpResponse<String> wrong = post(batch, "not-the-kitchen-secret");

        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v)
                .startsWith("application/problem+json"));
        assertThat(json(wrong).get("type").asText()).isEqualTo("urn:brigade:problem:unauthorized");
        assertThat(context.store().tickets(null)).isEmpty();
    }

    @Test
    void malformedBodiesGet400ProblemsNamingTheField() throws Exception {
        HttpResponse<String> notJson = post("{\"events\": [", KdsFixture.TOKEN);
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(json(notJson).get("field").asText()).isEqualTo("$");

        HttpResponse<String> noArray = post("{\"evts\": []}", KdsFixture.TOKEN);
        assertThat(json(noArray).get("field").asText()).isEqualTo("events");

        String good = codec.writeBatch(List.of(pos.fire(PosDevice.id(), "A-203", ticket("grill",
                line("Burger", 1)))));
        String badSeq = good.replaceFirst("\"deviceSeq\":\\d+", "\"deviceSeq\":\"one\"");
        HttpResponse<String> seq = post(badSeq, KdsFixture.TOKEN);
        assertThat(seq.statusCode()).isEqualTo(400);
        assertThat(seq.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v)
                .startsWith("application/problem+json"));
        assertThat(json(seq).get("field").asText()).isEqualTo("events[0].deviceSeq");
        assertThat(json(seq).get("detail").asText()).contains("events[0].deviceSeq");
        assertThat(context.store().tickets(null)).isEmpty();
    }
}

package app.brigade.server.support;

import app.brigade.server.BrigadeServer;
import app.brigade.server.ServerConfig;
import app.brigade.server.auth.DeviceKind;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;

/** A real server on a random loopback port with an administrator token, for one test. */
public final class TestServer implements AutoCloseable {

    private final BrigadeServer server;
    private final Api api;
    private final String adminToken;
    private final OffsetClock clock;

    private TestServer(BrigadeServer server, OffsetClock clock) {
        this.server = server;
        this.clock = clock;
        this.api = new Api("http://127.0.0.1:" + server.port());
        this.adminToken = server.tokens().createAdminToken(Duration.ofDays(1));
    }

    public static TestServer start(ServerConfig.Builder config) {
        OffsetClock clock = new OffsetClock();
        return new TestServer(BrigadeServer.start(config.host("127.0.0.1").port(0).clock(clock).build()), clock);
    }

    public BrigadeServer server() {
        return server;
    }

    public Api api() {
        return api;
    }

    public String adminToken() {
        return adminToken;
    }

    public OffsetClock clock() {
        return clock;
    }

    /** Issues a code and redeems it over HTTP, as a terminal would. */
    public Device enroll(String name, DeviceKind kind) {
        String code = server.enrollment().issueCode(name, kind, Duration.ofHours(1)).code();
        Api.Response r = api.post("/v1/devices/enroll", null,
                "{\"code\":\"" + code + "\",\"name\":\"" + name + "\",\"kind\":\"" + kind.wire() + "\"}");
        if (r.status() != 201) {
            throw new AssertionError("enrollment failed: " + r.status() + " " + r.body());
        }
        JsonNode json = r.json();
        return new Device(json.get("deviceId").asText(), json.get("token").asText());
    }

    public Device enrollPos() {
        return enroll("Till " + System.nanoTime() % 1000, DeviceKind.POS);
    }

    @Override
    public void close() {
        server.close();
    }
}

package app.brigade.sync.testkit;

import app.brigade.model.protocol.Event;
import app.brigade.model.protocol.EventCodec;
import app.brigade.server.BrigadeServer;
import app.brigade.server.ServerConfig;
import app.brigade.server.auth.DeviceKind;
import app.brigade.sync.SyncSettings;
import app.brigade.sync.enroll.DeviceCredentials;
import app.brigade.sync.enroll.Enrollment;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The real sync server in-process on a loopback port, H2 in a temp folder; it can be stopped and
 * started again on the same port and data (server down, server restart).
 */
public final class LiveServer implements AutoCloseable {

    private static final EventCodec CODEC = new EventCodec();

    private final Path dataDir;
    private final ServerConfig.Builder config;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private BrigadeServer server;
    private int port;
    private String adminToken;

    private LiveServer(Path dataDir, ServerConfig.Builder config) {
        this.dataDir = dataDir;
        this.config = config;
    }

    public static LiveServer start(Path dir) {
        return start(dir, ServerConfig.builder());
    }

    public static LiveServer start(Path dir, ServerConfig.Builder config) {
        LiveServer s = new LiveServer(dir.resolve("server-data"), config);
        s.up();
        return s;
    }

    /** Starts (again) on the same port and data folder. */
    public synchronized void up() {
        if (server != null) {
            throw new IllegalStateException("server already running on " + port);
        }
        server = BrigadeServer.start(config.host("127.0.0.1").port(port).dataDir(dataDir).build());
        port = server.port();
        if (adminToken == null) {
            adminToken = server.tokens().createAdminToken(Duration.ofDays(1));
        }
    }

    /** Stops the server (open connections are closed); {@link #up()} brings it back. */
    public synchronized void down() {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    public synchronized boolean running() {
        return server != null;
    }

    public synchronized BrigadeServer server() {
        return server;
    }

    public int port() {
        return port;
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + port);
    }

    public String adminToken() {
        return adminToken;
    }

    /** A fresh one-time code for a terminal of {@code kind}. */
    public String code(String name, DeviceKind kind) {
        return server().enrollment().issueCode(name, kind, Duration.ofHours(1)).code();
    }

    /** Enrolls over HTTP as a terminal would (token file in {@code configFolder}), against {@code via}. */
    public DeviceCredentials enroll(String name, DeviceKind kind, Path configFolder) {
        return Enrollment.enroll(uri(), code(name, kind), name, kind.wire(), configFolder, SyncSettings.defaults(),
                false);
    }

    /** Publishes a catalog as an administrator; returns the HTTP status. */
    public int publishCatalog(String json) {
        return send(HttpRequest.newBuilder(uri().resolve("/v1/catalog")).header("Authorization", "Bearer "
                + adminToken).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json))
                .build()).statusCode();
    }

    /** Every event the server holds, in server order (read through its own feed). */
    public List<Event> events() {
        List<Event> out = new ArrayList<>();
        long after = 0;
        while (true) {
            HttpResponse<String> r = send(HttpRequest.newBuilder(uri().resolve("/v1/events?after=" + after
                    + "&limit=1000")).header("Authorization", "Bearer " + adminToken).GET().build());
            if (r.statusCode() != 200) {
                throw new AssertionError("reading the server feed failed: " + r.statusCode() + " " + r.body());
            }
            JsonNode page;
            try {
                page = CODEC.mapper().readTree(r.body());
            } catch (IOException e) {
                throw new AssertionError("feed page is not JSON: " + r.body(), e);
            }
            JsonNode events = page.get("events");
            for (JsonNode e : events) {
                out.add(CODEC.fromTree(e.get("event"), ""));
            }
            if (events.isEmpty()) {
                return out;
            }
            after = page.get("next").asLong();
        }
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(request.method() + " " + request.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    @Override
    public void close() {
        down();
        http.close();
    }
}

package app.brigade.sync.lan;

import app.brigade.model.protocol.Event;
import app.brigade.model.protocol.EventCodec;
import app.brigade.model.protocol.MalformedEventException;
import app.brigade.store.api.RemoteApplyResult;
import app.brigade.store.api.Store;
import app.brigade.sync.feed.RemoteEventsListener;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kitchen display's LAN endpoint: {@code POST /v1/events} with the server's contract (bearer token,
 * {@code {"events":[…]}}, problem+json errors), applying what it receives into the local store by event
 * id, so events that also arrive through the server are applied once. Also {@code GET /v1/health}.
 */
public final class LanReceiver implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LanReceiver.class);
    private static final int MAX_BODY = 8 * 1024 * 1024;

    private final Store store;
    private final List<byte[]> tokens;
    private final EventCodec codec = new EventCodec();
    private final List<RemoteEventsListener> listeners = new CopyOnWriteArrayList<>();
    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    private LanReceiver(Store store, InetSocketAddress bind, Set<String> acceptedTokens) throws IOException {
        if (acceptedTokens.isEmpty() || acceptedTokens.stream().anyMatch(t -> t == null || t.isBlank())) {
            throw new IllegalArgumentException("the LAN endpoint needs at least one non-blank token");
        }
        this.store = store;
        this.tokens = acceptedTokens.stream().map(t -> t.getBytes(StandardCharsets.UTF_8)).toList();
        this.server = HttpServer.create(bind, 64);
        server.createContext("/v1/events", this::events);
        server.createContext("/v1/health", this::health);
        server.setExecutor(executor);
    }

    /**
     * Listens on {@code bind} (port 0 picks a free one) and applies into {@code store}.
     *
     * @throws IOException when the address cannot be bound
     */
    public static LanReceiver start(Store store, InetSocketAddress bind, Set<String> acceptedTokens)
            throws IOException {
        LanReceiver r = new LanReceiver(store, bind, acceptedTokens);
        r.server.start();
        LOG.info("LAN endpoint for {} listening on {}", store.deviceId(), r.server.getAddress());
        return r;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public void addListener(RemoteEventsListener listener) {
        listeners.add(listener);
    }

    private void health(HttpExchange ex) throws IOException {
        try (ex) {
            send(ex, 200, "application/json", "{\"status\":\"ok\",\"deviceId\":\"" + store.deviceId() + "\"}");
        }
    }

    private void events(HttpExchange ex) throws IOException {
        try (ex) {
            if (!"POST".equals(ex.getRequestMethod())) {
                problem(ex, 405, "method-not-allowed", ex.getRequestMethod() + " is not allowed on /v1/events");
                return;
            }
            if (!authorized(ex.getRequestHeaders().getFirst("Authorization"))) {
                problem(ex, 401, "token-unknown", "the LAN key of this kitchen display was not presented or is"
                        + " wrong; check the terminal's LAN peer settings");
                return;
            }
            byte[] body;
            try (InputStream in = ex.getRequestBody()) {
                body = in.readNBytes(MAX_BODY + 1);
            }
            if (body.length > MAX_BODY) {
                problem(ex, 413, "body-too-large", "the body exceeds " + MAX_BODY + " bytes");
                return;
            }
            List<Event> events;
            try {
                events = codec.readBatch(new String(body, StandardCharsets.UTF_8));
            } catch (MalformedEventException e) {
                problem(ex, 400, "malformed-event", e.field() + ": " + e.getMessage());
                return;
            }
            List<Event> remote = events.stream().filter(e -> !e.deviceId().equals(store.deviceId())).toList();
            RemoteApplyResult result = store.applyRemote(remote);
            long acked = events.stream().mapToLong(Event::deviceSeq).max().orElse(0);
            ObjectNode reply = codec.mapper().createObjectNode().put("acked", acked).putNull("missingFrom")
                    .put("accepted", result.applied()).put("duplicates", result.alreadyKnown());
            send(ex, 200, "application/json", reply.toString());
            if (!remote.isEmpty()) {
                listeners.forEach(l -> l.applied(remote));
            }
        } catch (RuntimeException e) {
            LOG.error("LAN endpoint failed on a push", e);
            try {
                problem(ex, 500, "internal-error", "the kitchen display could not store the events: " + e.getMessage());
            } catch (IOException | RuntimeException ignored) {
                LOG.debug("could not report the failure to the LAN peer", ignored);
            }
        }
    }

    private boolean authorized(String header) {
        if (header == null || !header.startsWith("Bearer ")) {
            return false;
        }
        byte[] presented = header.substring(7).trim().getBytes(StandardCharsets.UTF_8);
        boolean ok = false;
        for (byte[] t : tokens) {
            ok |= MessageDigest.isEqual(t, presented);
        }
        return ok;
    }

    private void problem(HttpExchange ex, int status, String slug, String detail) throws IOException {
        ObjectNode p = codec.mapper().createObjectNode().put("type", "urn:brigade:problem:" + slug)
                .put("title", slug).put("status", status).put("detail", detail);
        send(ex, status, "application/problem+json", p.toString());
    }

    private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        // No shutdownNow: interrupting a thread inside a store write would close the journal's channel.
        executor.shutdown();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("LAN endpoint requests still running after 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

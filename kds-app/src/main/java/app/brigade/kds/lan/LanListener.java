package app.brigade.kds.lan;

import app.brigade.kds.board.KitchenInbox;
import app.brigade.model.protocol.Event;
import app.brigade.model.protocol.EventCodec;
import app.brigade.model.protocol.MalformedEventException;
import app.brigade.store.api.RemoteApplyResult;
import app.brigade.store.api.StoreFailedException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The KDS end of LAN delivery (DESIGN §3): {@code POST /v1/events} with the same contract as the
 * server, so POS terminals send fired orders here directly and the kitchen keeps working when the
 * internet or the server is down. Bearer token from {@code lan.token}; events go through the
 * {@link KitchenInbox}, which de-duplicates them with the server feed by event id.
 */
public final class LanListener implements AutoCloseable {

    /** The most events one request may carry, as on the server. */
    public static final int MAX_BATCH = 500;
    static final String PROBLEM_JSON = "application/problem+json";
    static final String TYPE_PREFIX = "urn:brigade:problem:";
    private static final Logger LOG = LoggerFactory.getLogger(LanListener.class);
    private static final long MAX_BODY = 8L * 1024 * 1024;

    private final KitchenInbox inbox;
    private final LanPeers peers;
    private final byte[] token;
    private final String terminalName;
    private final EventCodec codec = new EventCodec();
    private final ObjectMapper mapper = EventCodec.newMapper();
    private Javalin app;

    public LanListener(KitchenInbox inbox, LanPeers peers, String token, String terminalName) {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("the LAN listener needs a token (lan.token)");
        }
        this.inbox = inbox;
        this.peers = peers;
        this.token = token.getBytes(StandardCharsets.UTF_8);
        this.terminalName = terminalName;
    }

    /** Starts listening on {@code host:port} ({@code port} 0: any free port) and returns the bound port. */
    public int start(String host, int port) {
        app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.startup.showOldJavalinVersionWarning = false;
            cfg.concurrency.useVirtualThreads = true;
            cfg.http.maxRequestSize = MAX_BODY;
            cfg.jetty.host = host;
            cfg.jetty.port = port;
            cfg.routes.post("/v1/events", this::events);
            cfg.routes.get("/v1/health", this::health);
            cfg.routes.exception(HttpResponseException.class, (e, ctx) -> problem(ctx, e.getStatus(),
                    "http-" + e.getStatus(), e.getMessage(), null));
            cfg.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("LAN request {} {} failed", ctx.method(), ctx.path(), e);
                problem(ctx, 500, "internal-error", "the kitchen display failed unexpectedly; nothing of this"
                        + " request was applied, retry later", null);
            });
        });
        app.start();
        LOG.info("LAN listener of {} on {}:{}", terminalName, host, app.port());
        return app.port();
    }

    public int port() {
        return app == null ? -1 : app.port();
    }

    private void events(Context ctx) {
        if (!authorized(ctx.header("Authorization"))) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"brigade-kds\"");
            problem(ctx, 401, "unauthorized", "missing or wrong bearer token; send the KDS's lan.token as"
                    + " 'Authorization: Bearer <token>'", null);
            return;
        }
        List<Event> events;
        try {
            events = codec.readBatch(ctx.body());
        } catch (MalformedEventException e) {
            problem(ctx, 400, "malformed-event", e.field() + ": " + e.getMessage(), e.field());
            return;
        }
        if (events.size() > MAX_BATCH) {
            problem(ctx, 413, "batch-too-large", events.size() + " events in one request; send at most "
                    + MAX_BATCH, "events");
            return;
        }
        RemoteApplyResult result;
        try {
            result = inbox.deliver(events);
        } catch (StoreFailedException e) {
            problem(ctx, 503, "store-unavailable", "the kitchen display cannot save right now (" + e.getMessage()
                    + "); nothing was applied, retry later", null);
            return;
        }
        events.stream().map(Event::deviceId).distinct().forEach(peers::seen);
        Map<String, Object> body = new LinkedHashMap<>();
        // A LAN peer receives only kitchen events (not every deviceSeq), so "acked" is the highest
        // deviceSeq of the batch: every event in it is now stored here, new or duplicate.
        body.put("acked", events.stream().mapToLong(Event::deviceSeq).max().orElse(0));
        body.put("applied", result.applied());
        body.put("duplicates", result.alreadyKnown());
        json(ctx, 200, "application/json", body);
    }

    private void health(Context ctx) {
        json(ctx, 200, "application/json", Map.of("status", "ok", "terminal", terminalName));
    }

    private boolean authorized(String header) {
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        return MessageDigest.isEqual(token, header.substring(7).strip().getBytes(StandardCharsets.UTF_8));
    }

    private void problem(Context ctx, int status, String type, String detail, String field) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", TYPE_PREFIX + type);
        body.put("title", title(status));
        body.put("status", status);
        body.put("detail", detail);
        body.put("instance", ctx.path());
        if (field != null) {
            body.put("field", field);
        }
        json(ctx, status, PROBLEM_JSON, body);
    }

    private static String title(int status) {
        return switch (status) {
            case 400 -> "Malformed request";
            case 401 -> "Unauthorized";
            case 413 -> "Request too large";
            case 503 -> "Service unavailable";
            default -> "HTTP " + status;
        };
    }

    private void json(Context ctx, int status, String contentType, Object body) {
        try {
            ctx.status(status).contentType(contentType).result(mapper.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the reply", e);
        }
    }

    @Override
    public void close() {
        if (app != null) {
            app.stop();
        }
    }
}

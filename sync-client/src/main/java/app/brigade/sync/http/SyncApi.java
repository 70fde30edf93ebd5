package app.brigade.sync.http;

import app.brigade.model.protocol.CatalogCodec;
import app.brigade.model.protocol.Event;
import app.brigade.model.protocol.EventCodec;
import app.brigade.model.protocol.MalformedEventException;
import app.brigade.store.query.CatalogSnapshot;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.sse.EventSource;
import okhttp3.sse.EventSourceListener;
import okhttp3.sse.EventSources;

/**
 * The sync API of DESIGN §3 as one method per endpoint: base URL + one shared OkHttp client + the
 * project's JSON codec. Every call returns an {@link ApiResult}; none throws for network or server
 * trouble. Used for the server and, with a peer's URL and token, for LAN peers.
 */
public final class SyncApi {

    private static final MediaType JSON = MediaType.get("application/json");

    private final HttpUrl base;
    private final OkHttpClient client;
    private final OkHttpClient longClient;
    private final EventCodec codec = new EventCodec();
    private final ObjectMapper mapper = codec.mapper();
    private final CatalogCodec catalogs = new CatalogCodec();

    /**
     * @param base              e.g. {@code https://brigade.example:8470/}
     * @param client            the terminal's one client (timeouts, TLS, pool); auth is added here
     * @param token             bearer token, or null for enrollment and health
     * @param longReadTimeout   read timeout for the stream and long-polls (beyond keep-alives and waits)
     */
    public SyncApi(URI base, OkHttpClient client, String token, Duration longReadTimeout) {
        Objects.requireNonNull(base, "base");
        String text = base.toString().endsWith("/") ? base.toString() : base + "/";
        HttpUrl parsed = HttpUrl.parse(text);
        if (parsed == null) {
            throw new IllegalArgumentException("server URL '" + base + "' is not an http:// or https:// URL");
        }
        this.base = parsed;
        OkHttpClient.Builder b = client.newBuilder();
        if (token != null) {
            b.addInterceptor(new BearerToken(token));
        }
        this.client = b.build();
        // Derived clients share the connection pool and dispatcher; only the timeouts differ.
        this.longClient = this.client.newBuilder().readTimeout(longReadTimeout).callTimeout(Duration.ZERO).build();
    }

    public URI base() {
        return base.uri();
    }

    public ApiResult<EnrollReply> enroll(String code, String name, String kind) {
        ObjectNode body = mapper.createObjectNode().put("code", code).put("name", name).put("kind", kind);
        Request req = new Request.Builder().url(url("v1/devices/enroll")).post(json(body.toString())).build();
        return call(client, req, (r, json) -> new EnrollReply(text(json, "deviceId"), text(json, "token"),
                json.path("name").asText(name), json.path("kind").asText(kind)));
    }

    /** {@code POST /v1/events}: the events, in deviceSeq order, at most 500. */
    public ApiResult<PushAck> push(List<Event> events) {
        return pushBatch(codec.writeBatch(events));
    }

    /**
     * The wire batch {@code {"events":[…]}} around events already encoded with {@link EventCodec#write}
     * (e.g. as the store journaled them): byte for byte what {@link EventCodec#writeBatch} writes.
     */
    public static String batchJson(List<String> eventsJson) {
        int size = 12 + eventsJson.size();
        for (String e : eventsJson) {
            size += e.length();
        }
        StringBuilder sb = new StringBuilder(size).append("{\"events\":[");
        for (int i = 0; i < eventsJson.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(eventsJson.get(i));
        }
        return sb.append("]}").toString();
    }

    /** {@code POST /v1/events} with a body made by {@link #batchJson}: events in deviceSeq order, at most 500. */
    public ApiResult<PushAck> pushBatch(String batchJson) {
        Request req = new Request.Builder().url(url("v1/events")).post(json(batchJson)).build();
        return call(client, req, (r, json) -> {
            long acked = number(json, "acked");
            JsonNode missing = json.get("missingFrom");
            Long missingFrom = missing == null || missing.isNull() ? null : number(json, "missingFrom");
            return new PushAck(acked, missingFrom, json.path("accepted").asInt(0), json.path("duplicates").asInt(0));
        });
    }

    /** {@code GET /v1/events?after=&limit=&wait=}: a page of the feed, long-polled when {@code waitSeconds > 0}. */
    public ApiResult<FeedPageReply> page(long after, int limit, int waitSeconds, Consumer<Call> inFlight) {
        HttpUrl u = url("v1/events").newBuilder().addQueryParameter("after", Long.toString(after))
                .addQueryParameter("limit", Integer.toString(limit))
                .addQueryParameter("wait", Integer.toString(waitSeconds)).build();
        Request req = new Request.Builder().url(u).get().build();
        Call call = (waitSeconds > 0 ? longClient : client).newCall(req);
        inFlight.accept(call);
        return execute(call, req, (r, json) -> {
            JsonNode array = json.get("events");
            if (array == null || !array.isArray()) {
                throw new BadReply("feed page has no 'events' array");
            }
            List<FeedEntry> entries = new ArrayList<>(array.size());
            for (int i = 0; i < array.size(); i++) {
                JsonNode e = array.get(i);
                entries.add(new FeedEntry(number(e, "serverSeq"), codec.fromTree(e.get("event"),
                        "events[" + i + "].event.")));
            }
            return new FeedPageReply(entries, number(json, "next"));
        });
    }

    /** Receives the events of {@link #stream}; may block (back-pressure on the stream). */
    public interface StreamHandler {
        void opened(Duration latency);

        void event(FeedEntry entry) throws InterruptedException;
    }

    /**
     * {@code GET /v1/events/stream?after=}: reads Server-Sent Events until the stream ends, breaks or
     * {@code inFlight}'s call is cancelled. Ok carries the number of events read before a clean end.
     */
    public ApiResult<Long> stream(long after, StreamHandler handler, Consumer<Call> inFlight) {
        HttpUrl u = url("v1/events/stream").newBuilder().addQueryParameter("after", Long.toString(after)).build();
        Request req = new Request.Builder().url(u).header("Accept", "text/event-stream").get().build();
        Call call = longClient.newCall(req);
        inFlight.accept(call);
        String endpoint = "GET /v1/events/stream";
        long start = System.nanoTime();
        try (Response r = call.execute()) {
            MediaType type = r.body().contentType();
            boolean eventStream = type != null && "text".equals(type.type()) && "event-stream".equals(type.subtype());
            if (!r.isSuccessful() || !eventStream) {
                String body = r.body().string();
                if (r.isSuccessful()) {
                    return failed(ApiFailure.Kind.BAD_REPLY, endpoint, r.code(), null, "the server replied "
                            + type + " instead of an event stream (a buffering proxy?)", start);
                }
                return new ApiResult.Failed<>(failureOf(endpoint, r, body, since(start)));
            }
            handler.opened(since(start));
            StreamListener listener = new StreamListener(handler);
            EventSources.processResponse(r, listener);
            if (listener.unreadable != null) {
                return failed(ApiFailure.Kind.BAD_REPLY, endpoint, 200, null, listener.unreadable, start);
            }
            if (listener.broken != null) {
                // An InterruptedException here is the handler asking to stop reading, not a thread interrupt.
                return new ApiResult.Failed<>(networkFailure(endpoint, listener.broken, since(start)));
            }
            return new ApiResult.Ok<>(listener.count, since(start));
        } catch (IOException e) {
            return new ApiResult.Failed<>(networkFailure(endpoint, e, since(start)));
        }
    }

    private final class StreamListener extends EventSourceListener {
        private final StreamHandler handler;
        private long count;
        private Throwable broken;
        private String unreadable;

        StreamListener(StreamHandler handler) {
            this.handler = handler;
        }

        @Override
        public void onEvent(EventSource source, String id, String type, String data) {
            if (type != null && !"event".equals(type)) {
                return;
            }
            FeedEntry entry;
            try {
                long seq = Long.parseLong(Objects.requireNonNull(id, "event without id"));
                entry = new FeedEntry(seq, codec.read(data));
            } catch (RuntimeException e) {
                unreadable = "stream event id " + id + " is unreadable: " + e.getMessage();
                throw new IllegalStateException(unreadable, e);
            }
            try {
                handler.event(entry);
            } catch (InterruptedException e) {
                throw new IllegalStateException("stopped", e);
            }
            count++;
        }

        @Override
        public void onFailure(EventSource source, Throwable t, Response response) {
            if (unreadable == null) {
                broken = t != null && t.getCause() instanceof InterruptedException ? t.getCause()
                        : t != null ? t : new IOException("stream failed");
            }
        }
    }

    /** {@code GET /v1/catalog} with {@code If-None-Match: etag} (null for the first fetch). */
    public ApiResult<CatalogFetch> catalog(String etag) {
        Request.Builder b = new Request.Builder().url(url("v1/catalog")).get();
        if (etag != null) {
            b.header("If-None-Match", etag);
        }
        Request req = b.build();
        String endpoint = "GET /v1/catalog";
        long start = System.nanoTime();
        try (Response r = client.newCall(req).execute()) {
            if (r.code() == 304) {
                return new ApiResult.Ok<>(new CatalogFetch.NotModified(), since(start));
            }
            String body = r.body().string();
            if (!r.isSuccessful()) {
                return new ApiResult.Failed<>(failureOf(endpoint, r, body, since(start)));
            }
            String newEtag = r.header("ETag");
            if (newEtag == null || newEtag.isBlank()) {
                return failed(ApiFailure.Kind.BAD_REPLY, endpoint, r.code(), null, "catalog reply has no ETag",
                        start);
            }
            try {
                requireJson(r);
                long version = catalogs.read(body).version();
                return new ApiResult.Ok<>(new CatalogFetch.Changed(new CatalogSnapshot(version, newEtag, body)),
                        since(start));
            } catch (BadReply | MalformedEventException e) {
                return failed(ApiFailure.Kind.BAD_REPLY, endpoint, r.code(), null, e.getMessage(), start);
            }
        } catch (IOException e) {
            return new ApiResult.Failed<>(networkFailure(endpoint, e, since(start)));
        }
    }

    /** {@code GET /v1/health}: open, no token needed. */
    public ApiResult<HealthReply> health() {
        Request req = new Request.Builder().url(url("v1/health")).get().build();
        return call(client, req, (r, json) -> new HealthReply(json.path("status").asText("ok"),
                json.path("version").asText(""), json.path("feedHead").asLong(0)));
    }

    // ---- plumbing -----------------------------------------------------------------------------------

    @FunctionalInterface
    private interface Reader<T> {
        T read(Response response, JsonNode json);
    }

    /** A 2xx reply that is not what the protocol promises. */
    private static final class BadReply extends RuntimeException {
        BadReply(String message) {
            super(message, null, false, false);
        }
    }

    private <T> ApiResult<T> call(OkHttpClient on, Request req, Reader<T> reader) {
        return execute(on.newCall(req), req, reader);
    }

    private <T> ApiResult<T> execute(Call call, Request req, Reader<T> reader) {
        String endpoint = req.method() + " " + req.url().encodedPath().substring(base.encodedPath().length() - 1);
        long start = System.nanoTime();
        try (Response r = call.execute()) {
            String body = r.body().string();
            if (!r.isSuccessful()) {
                return new ApiResult.Failed<>(failureOf(endpoint, r, body, since(start)));
            }
            try {
                requireJson(r);
                JsonNode json = parse(body);
                return new ApiResult.Ok<>(reader.read(r, json), since(start));
            } catch (BadReply | MalformedEventException e) {
                return failed(ApiFailure.Kind.BAD_REPLY, endpoint, r.code(), null, e.getMessage(), start);
            }
        } catch (IOException e) {
            return new ApiResult.Failed<>(networkFailure(endpoint, e, since(start)));
        }
    }

    private static void requireJson(Response r) {
        MediaType type = r.body().contentType();
        if (type == null || !type.subtype().contains("json")) {
            throw new BadReply("the server replied " + (type == null ? "without a content type" : type.type() + "/"
                    + type.subtype()) + " instead of JSON (a proxy, captive portal or wrong server URL?)");
        }
    }

    private JsonNode parse(String body) {
        try {
            JsonNode json = mapper.readTree(body);
            if (json == null || !json.isObject()) {
                throw new BadReply("the reply is not a JSON object");
            }
            return json;
        } catch (JacksonException e) {
            throw new BadReply("the reply is not valid JSON (" + e.getOriginalMessage() + ")");
        }
    }

    private ApiFailure failureOf(String endpoint, Response r, String body, Duration latency) {
        String slug = null;
        String detail = null;
        MediaType type = r.body().contentType();
        if (type != null && type.subtype().contains("json")) {
            try {
                JsonNode json = mapper.readTree(body);
                if (json != null && json.isObject()) {
                    String t = json.path("type").asText("");
                    slug = t.isEmpty() ? null : t.substring(t.lastIndexOf(':') + 1);
                    detail = json.path("detail").asText(null);
                }
            } catch (JacksonException e) {
                detail = null;
            }
        }
        if (detail == null || detail.isBlank()) {
            detail = "HTTP " + r.code() + (type == null ? "" : " with a " + type.type() + "/" + type.subtype()
                    + " body");
        }
        ApiFailure.Kind kind = r.code() == 401 ? ApiFailure.Kind.UNAUTHORIZED
                : r.code() >= 500 ? ApiFailure.Kind.SERVER_ERROR
                : ApiFailure.Kind.REFUSED;
        return new ApiFailure(kind, endpoint, r.code(), slug, detail, latency);
    }

    private static ApiFailure networkFailure(String endpoint, Throwable e, Duration latency) {
        if (e instanceof SocketTimeoutException
                || e instanceof InterruptedIOException && "timeout".equals(e.getMessage())) {
            return new ApiFailure(ApiFailure.Kind.TIMEOUT, endpoint, 0, null, "no answer within the timeout ("
                    + e.getMessage() + ")", latency);
        }
        String detail;
        if (e instanceof SSLPeerUnverifiedException) {
            detail = "the server's certificate does not match the configured pin (" + firstLine(e) + ")";
        } else if (e instanceof SSLHandshakeException) {
            detail = "TLS handshake failed; is the server's certificate (or its CA) trusted? (" + firstLine(e) + ")";
        } else {
            detail = e.getClass().getSimpleName() + ": " + firstLine(e);
        }
        return new ApiFailure(ApiFailure.Kind.NETWORK, endpoint, 0, null, detail, latency);
    }

    private static String firstLine(Throwable e) {
        String m = String.valueOf(e.getMessage());
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    private static <T> ApiResult<T> failed(ApiFailure.Kind kind, String endpoint, int status, String slug,
            String detail, long start) {
        return new ApiResult.Failed<>(new ApiFailure(kind, endpoint, status, slug, detail, since(start)));
    }

    private static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    private HttpUrl url(String path) {
        return Objects.requireNonNull(base.resolve(path), path);
    }

    private static RequestBody json(String body) {
        return RequestBody.create(body, JSON);
    }

    private static String text(JsonNode json, String field) {
        JsonNode v = json.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw new BadReply("reply field '" + field + "' is missing or not a string");
        }
        return v.asText();
    }

    private static long number(JsonNode json, String field) {
        JsonNode v = json.get(field);
        if (v == null || !v.isIntegralNumber() || v.asLong() < 0) {
            throw new BadReply("reply field '" + field + "' is missing or not a whole number");
        }
        return v.asLong();
    }
}

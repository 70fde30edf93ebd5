package app.brigade.sync.testkit;

import app.brigade.model.protocol.Event;
import app.brigade.model.protocol.EventCodec;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A JDK HttpServer that answers as scripted, for replies the real server never gives: 500s, HTML,
 * truncated JSON, conflicts, revoked tokens, a feed without a stream. Health always answers 200.
 */
public final class ScriptedServer implements AutoCloseable {

    /** One scripted reply. */
    public record Reply(int status, String contentType, String body) {
    }

    private static final EventCodec CODEC = new EventCodec();

    private final HttpServer server;
    private final AtomicInteger pushes = new AtomicInteger();
    private volatile Function<List<Event>, Reply> push = ScriptedServer::acknowledge;
    private volatile List<String> feed = List.of();

    public ScriptedServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/v1/health", ex -> send(ex, new Reply(200, "application/json",
                "{\"status\":\"ok\",\"version\":\"scripted\",\"feedHead\":0}")));
        server.createContext("/v1/events/stream", ex -> send(ex, new Reply(404, "text/html",
                "<html><body>Not Found</body></html>")));
        server.createContext("/v1/events", this::events);
        server.createContext("/v1/catalog", ex -> send(ex, new Reply(404, "application/problem+json",
                "{\"type\":\"urn:brigade:problem:catalog-not-published\",\"status\":404,\"detail\":\"none\"}")));
        server.start();
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** What {@code POST /v1/events} answers from now on. */
    public void onPush(Function<List<Event>, Reply> script) {
        this.push = script;
    }

    /** Answers every push with {@code reply}. */
    public void onPush(Reply reply) {
        this.push = events -> reply;
    }

    public int pushes() {
        return pushes.get();
    }

    /** Feed entries served by {@code GET /v1/events?after=0} (raw event JSON, server sequences 1..n). */
    public void feed(List<Event> events) {
        this.feed = events.stream().map(CODEC::write).toList();
    }

    /** The reply of a server that stored every event of the batch. */
    public static Reply acknowledge(List<Event> events) {
        long last = events.isEmpty() ? 0 : events.getLast().deviceSeq();
        return new Reply(200, "application/json", "{\"acked\":" + last + ",\"missingFrom\":null,\"accepted\":"
                + events.size() + ",\"duplicates\":0,\"serverSeqs\":[],\"flagged\":[]}");
    }

    public static Reply problem(int status, String slug, String detail) {
        return new Reply(status, "application/problem+json", "{\"type\":\"urn:brigade:problem:" + slug
                + "\",\"title\":\"" + slug + "\",\"status\":" + status + ",\"detail\":\"" + detail + "\"}");
    }

    private void events(HttpExchange ex) throws IOException {
        if ("POST".equals(ex.getRequestMethod())) {
            pushes.incrementAndGet();
            List<Event> events = CODEC.readBatch(new String(ex.getRequestBody().readAllBytes(),
                    StandardCharsets.UTF_8));
            send(ex, push.apply(events));
            return;
        }
        String query = ex.getRequestURI().getQuery();
        boolean first = query != null && query.contains("after=0&");
        StringBuilder body = new StringBuilder("{\"events\":[");
        List<String> entries = first ? feed : List.of();
        for (int i = 0; i < entries.size(); i++) {
            body.append(i == 0 ? "" : ",").append("{\"serverSeq\":").append(i + 1).append(",\"event\":")
                    .append(entries.get(i)).append('}');
        }
        long next = first ? entries.size() : Long.parseLong(query.replaceAll(".*after=(\\d+).*", "$1"));
        body.append("],\"next\":").append(next).append('}');
        send(ex, new Reply(200, "application/json", body.toString()));
    }

    private static void send(HttpExchange ex, Reply r) throws IOException {
        try (ex) {
            byte[] bytes = r.body().getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", r.contentType());
            ex.sendResponseHeaders(r.status(), bytes.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

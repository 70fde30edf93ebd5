package app.brigade.server.support;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Reads a Server-Sent Events stream on a background thread into a queue of (id, data) events. */
public final class SseReader implements AutoCloseable {

    /** One received SSE event and when it arrived ({@link System#nanoTime()}). */
    public record SseEvent(String id, String data, long arrivedNanos) {
    }

    private final BlockingQueue<SseEvent> events = new LinkedBlockingQueue<>();
    private final InputStream body;
    private final int status;
    private final Thread thread;

    public SseReader(Api api, String path, String token, String lastEventId) {
        HttpRequest.Builder b = api.request(path, token).header("Accept", "text/event-stream").GET();
        if (lastEventId != null) {
            b.header("Last-Event-ID", lastEventId);
        }
        try {
            HttpResponse<InputStream> r = api.http().send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
            this.status = r.statusCode();
            this.body = r.body();
        } catch (Exception e) {
            throw new AssertionError("cannot open " + path + ": " + e, e);
        }
        this.thread = Thread.ofVirtual().start(this::read);
    }

    public int status() {
        return status;
    }

    private void read() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String id = null;
            StringBuilder data = new StringBuilder();
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isEmpty()) {
                    if (!data.isEmpty()) {
                        events.add(new SseEvent(id, data.toString(), System.nanoTime()));
                    }
                    id = null;
                    data.setLength(0);
                } else if (line.startsWith("id: ")) {
                    id = line.substring(4);
                } else if (line.startsWith("data: ")) {
                    data.append(line.substring(6));
                }
            }
        } catch (Exception e) {
            // Stream closed by the test or the server.
        }
    }

    /** The next event, or an AssertionError after a generous wait (a hang guard, not a timing assertion). */
    public SseEvent next() throws InterruptedException {
        SseEvent e = events.poll(30, TimeUnit.SECONDS);
        if (e == null) {
            throw new AssertionError("no SSE event arrived within 30 s");
        }
        return e;
    }

    @Override
    public void close() throws Exception {
        body.close();
        thread.join(5000);
    }
}

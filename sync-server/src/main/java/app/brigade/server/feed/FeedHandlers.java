package app.brigade.server.feed;

import app.brigade.server.api.Json;
import app.brigade.server.api.Params;
import app.brigade.server.auth.Access;
import app.brigade.server.metrics.Metrics;
import io.javalin.http.Context;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code GET /v1/events} (page, optionally long-polled) and {@code GET /v1/events/stream} (Server-Sent Events). */
public final class FeedHandlers {

    private static final Logger LOG = LoggerFactory.getLogger(FeedHandlers.class);
    private static final int STREAM_PAGE = 500;
    private static final Duration KEEP_ALIVE = Duration.ofSeconds(15);

    private final FeedStore feed;
    private final FeedSignal signal;
    private final Access access;
    private final Metrics metrics;
    private final int maxWaitSeconds;

    public FeedHandlers(FeedStore feed, FeedSignal signal, Access access, Metrics metrics, int maxWaitSeconds) {
        this.feed = feed;
        this.signal = signal;
        this.access = access;
        this.metrics = metrics;
        this.maxWaitSeconds = maxWaitSeconds;
    }

    public void page(Context ctx) throws InterruptedException {
        access.anyToken(ctx);
        long after = Params.longInRange(ctx, "after", 0, Long.MAX_VALUE, 0);
        int limit = (int) Params.longInRange(ctx, "limit", 1, 1000, 500);
        long wait = Params.longInRange(ctx, "wait", 0, maxWaitSeconds, 0);
        FeedPage page = feed.read(after, limit);
        if (page.isEmpty() && wait > 0) {
            metrics.longPollStarted();
            try {
                if (signal.awaitBeyond(after, Duration.ofSeconds(wait)) > after) {
                    page = feed.read(after, limit);
                }
            } finally {
                metrics.longPollEnded();
            }
        }
        Json.send(ctx, 200, page);
    }

    public void stream(Context ctx) throws InterruptedException {
        access.anyToken(ctx);
        String lastEventId = ctx.header("Last-Event-ID");
        long after = lastEventId != null && !lastEventId.isBlank()
                ? Params.parse("Last-Event-ID", lastEventId, 0, Long.MAX_VALUE)
                : Params.longInRange(ctx, "after", 0, Long.MAX_VALUE, 0);
        HttpServletResponse res = ctx.res();
        res.setStatus(200);
        res.setContentType("text/event-stream");
        res.setCharacterEncoding("UTF-8");
        res.setHeader("Cache-Control", "no-cache");
        res.setHeader("X-Accel-Buffering", "no");
        Object key = new Object();
        AtomicLong cursor = metrics.streamOpened(key, after);
        try {
            ServletOutputStream out = res.getOutputStream();
            write(out, "retry: 2000\n\n");
            while (!signal.closed()) {
                FeedPage page = feed.read(cursor.get(), STREAM_PAGE);
                if (!page.isEmpty()) {
                    StringBuilder sb = new StringBuilder(page.events().size() * 512);
                    for (FeedPage.Entry e : page.events()) {
                        sb.append("id: ").append(e.serverSeq()).append("\nevent: event\ndata: ").append(e.event())
                                .append("\n\n");
                    }
                    write(out, sb.toString());
                    cursor.set(page.next());
                    if (page.events().size() == STREAM_PAGE) {
                        continue;
                    }
                }
                if (signal.awaitBeyond(cursor.get(), KEEP_ALIVE) <= cursor.get() && !signal.closed()) {
                    write(out, ": keep-alive\n\n");
                }
            }
        } catch (IOException e) {
            LOG.debug("feed stream closed by the client at {}", cursor.get());
        } catch (RuntimeException e) {
            // Headers are sent: the only way to report is to end the stream; the client resumes by Last-Event-ID.
            LOG.warn("feed stream ended at {}: {}", cursor.get(), e.getMessage());
        } finally {
            metrics.streamClosed(key);
        }
    }

    private static void write(ServletOutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}

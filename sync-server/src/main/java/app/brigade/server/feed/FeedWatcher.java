package app.brigade.server.feed;

import app.brigade.server.db.Schema;
import java.time.Duration;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls the database's feed head every few milliseconds so events written by another instance reach
 * this instance's long-polls and streams. One indexed single-row read per tick; works on H2 and
 * PostgreSQL alike (ADR 0010 explains why not LISTEN/NOTIFY).
 */
public final class FeedWatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FeedWatcher.class);

    private final DSLContext dsl;
    private final FeedSignal signal;
    private final Duration interval;
    private final Thread thread;
    private volatile boolean running = true;

    public FeedWatcher(DSLContext dsl, FeedSignal signal, Duration interval) {
        this.dsl = dsl;
        this.signal = signal;
        this.interval = interval;
        this.thread = Thread.ofPlatform().daemon().name("brigade-feed-watcher").unstarted(this::run);
    }

    public void start() {
        signal.advance(readHead());
        thread.start();
    }

    private long readHead() {
        Long seq = dsl.select(Schema.FeedHead.SEQ).from(Schema.FeedHead.TABLE)
                .where(Schema.FeedHead.ID.eq(1)).fetchOne(Schema.FeedHead.SEQ);
        return seq == null ? 0 : seq;
    }

    private void run() {
        boolean failing = false;
        while (running) {
            try {
                Thread.sleep(interval);
                signal.advance(readHead());
                if (failing) {
                    LOG.info("feed watcher reads the database again");
                    failing = false;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (!failing && running) {
                    LOG.warn("feed watcher cannot read the feed head: {}", e.getMessage());
                    failing = true;
                }
            }
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

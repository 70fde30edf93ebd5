package app.brigade.server.events;

import static app.brigade.server.db.Schema.Events;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.brigade.model.protocol.Event;
import app.brigade.model.protocol.EventCodec;
import app.brigade.server.api.ProblemException;
import app.brigade.server.db.Database;
import app.brigade.server.feed.FeedSignal;
import app.brigade.server.metrics.Metrics;
import app.brigade.server.support.Device;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pushes that queue behind a running ingest transaction are stored together in the next one. The
 * test lines them up deterministically: it holds the feed-head row lock from its own connection, so
 * the first push's transaction waits on it while the others queue.
 */
class GroupCommitTest {

    @TempDir
    Path dir;

    private Database db;
    private IngestService ingest;
    private final FeedSignal signal = new FeedSignal();
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();

    @BeforeEach
    void open() {
        db = Database.open(Database.h2Url(dir), "", "", 4);
        ingest = new IngestService(db, new EventCodec(), signal, new Metrics(), Clock.systemUTC(), 500);
    }

    @AfterEach
    void close() {
        threads.shutdownNow();
        db.close();
    }

    @Test
    void pushesQueuedBehindATransactionAreStoredTogetherAndARefusedOneFailsAlone() throws Exception {
        Device first = new Device("pos-1", "t1");
        Device good = new Device("pos-2", "t2");
        Device bad = new Device("pos-3", "t3");
        Event stored = bad.next(Device.line("o-bad", "l-1", "Soup", 500, ""));
        ingest.push(bad.id(), List.of(stored));
        Event tampered = new Event(stored.eventId(), stored.deviceId(), stored.deviceSeq(), stored.hlc(),
                stored.aggregateId(), stored.actorId(), null, stored.schemaVersion(),
                Device.line("o-bad", "l-1", "Soup", 1, ""));
        List<Event> goodBatch = List.of(good.next(Device.line("o-good")), good.next(Device.line("o-good")));

        CompletableFuture<PushReply> a;
        CompletableFuture<PushReply> b;
        CompletableFuture<PushReply> c;
        try (Connection lock = holdFeedHead()) {
            a = push(first, List.of(first.next(Device.line("o-first"))));
            awaitBlockedOnFeedHead(lock);
            b = push(bad, List.of(tampered, bad.next(Device.line("o-bad"))));
            c = push(good, goodBatch);
            awaitWaiting(2);
            lock.commit();
        }

        assertThat(a.get().accepted()).isEqualTo(1);
        assertThatThrownBy(b::join).hasCauseInstanceOf(ProblemException.class)
                .cause().hasMessageContaining(stored.eventId().toString());
        PushReply goodReply = c.get();
        assertThat(goodReply.accepted()).isEqualTo(2);
        assertThat(goodReply.acked()).isEqualTo(2);
        assertThat(db.dsl().fetchCount(Events.TABLE, Events.DEVICE_ID.eq(bad.id()))).isEqualTo(1);
        assertThat(db.dsl().fetchCount(Events.TABLE)).isEqualTo(4);
        assertThat(signal.head()).isEqualTo(4);
    }

    @Test
    void twoBatchesOfOneDeviceInOneGroupSeeEachOther() throws Exception {
        Device blocker = new Device("pos-1", "t1");
        Device pos = new Device("pos-2", "t2");
        List<Event> events = List.of(pos.next(Device.line("o-1")), pos.next(Device.line("o-1")),
                pos.next(Device.line("o-1")));

        CompletableFuture<PushReply> first;
        CompletableFuture<PushReply> resent;
        try (Connection lock = holdFeedHead()) {
            push(blocker, List.of(blocker.next(Device.line("o-0"))));
            awaitBlockedOnFeedHead(lock);
            first = push(pos, events.subList(0, 2));
            awaitWaiting(1);
            resent = push(pos, events);
            awaitWaiting(2);
            lock.commit();
        }

        assertThat(first.get().accepted()).isEqualTo(2);
        PushReply r = resent.get();
        assertThat(r.duplicates()).isEqualTo(2);
        assertThat(r.accepted()).isEqualTo(1);
        assertThat(r.acked()).isEqualTo(3);
        assertThat(r.serverSeqs().subList(0, 2)).isEqualTo(first.get().serverSeqs());
    }

    private CompletableFuture<PushReply> push(Device d, List<Event> events) {
        return CompletableFuture.supplyAsync(() -> ingest.push(d.id(), events), threads);
    }

    /** Locks the feed-head row from a connection of its own, as another writer's transaction would. */
    private Connection holdFeedHead() throws Exception {
        Connection c = DriverManager.getConnection(Database.h2Url(dir), "", "");
        c.setAutoCommit(false);
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT seq FROM feed_head WHERE id = 1 FOR UPDATE")) {
            assertThat(rs.next()).isTrue();
        }
        return c;
    }

    /** Waits until a push's transaction waits for the feed-head lock the test holds. */
    private static void awaitBlockedOnFeedHead(Connection lock) throws Exception {
        try (Statement st = lock.createStatement()) {
            while (true) {
                try (ResultSet rs = st.executeQuery(
                        "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE BLOCKER_ID IS NOT NULL")) {
                    rs.next();
                    if (rs.getInt(1) == 1) {
                        return;
                    }
                }
                Thread.sleep(5);
            }
        }
    }

    /** Waits until {@code n} pushes queue behind the running transaction (it holds the writer, so they stay). */
    private void awaitWaiting(int n) throws InterruptedException {
        while (ingest.waitingPushes() != n) {
            Thread.sleep(5);
        }
    }
}

package app.brigade.server.events;

import static app.brigade.server.db.Schema.Devices;
import static app.brigade.server.db.Schema.EventFlags;
import static app.brigade.server.db.Schema.Events;

import app.brigade.model.event.UnknownPayload;
import app.brigade.model.protocol.Event;
import app.brigade.model.protocol.EventCodec;
import app.brigade.model.protocol.EventTypes;
import app.brigade.server.api.ProblemException;
import app.brigade.server.auth.Secrets;
import app.brigade.server.db.BatchStatement;
import app.brigade.server.db.Database;
import app.brigade.server.db.FeedHeadLock;
import app.brigade.server.feed.FeedSignal;
import app.brigade.server.metrics.Metrics;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.ReentrantLock;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.Record;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * Stores a device's batch in one transaction: dedup by event id, server sequences in commit order,
 * flags for what a manager must see, reporting projections, and the device's acknowledged sequence.
 */
public final class IngestService {

    /** An HLC this far ahead of the server's clock is flagged (not refused: the device may be right). */
    public static final Duration CLOCK_AHEAD_LIMIT = Duration.ofMinutes(10);

    /** At most this many events share one transaction (several devices' batches), so a group stays short. */
    static final int MAX_GROUP_EVENTS = 2000;

    private final Database db;
    private final EventCodec codec;
    private final FeedSignal signal;
    private final Metrics metrics;
    private final Clock clock;
    private final int maxBatch;
    private final BatchStatement insertEvent;
    private final Projector.Statements projections;
    /** One ingest transaction at a time on this instance; pushes that wait meanwhile share the next one. */
    private final ReentrantLock writer = new ReentrantLock();
    private final Queue<Pending> waiting = new ConcurrentLinkedQueue<>();

    public IngestService(Database db, EventCodec codec, FeedSignal signal, Metrics metrics, Clock clock, int maxBatch) {
        this.db = db;
        this.codec = codec;
        this.signal = signal;
        this.metrics = metrics;
        this.clock = clock;
        this.maxBatch = maxBatch;
        this.insertEvent = insertEventStatement(db.dsl());
        this.projections = new Projector.Statements(db.dsl());
    }

    public PushReply push(String deviceId, List<Event> events) {
        BatchRules.check(deviceId, events, maxBatch);
        List<StoredEvent> batch = new ArrayList<>(events.size());
        for (Event e : events) {
            String body = codec.write(e);
            batch.add(new StoredEvent(e, body, Secrets.sha256(body)));
        }
        Pending mine = new Pending(deviceId, batch);
        waiting.add(mine);
        while (!mine.claimed) {
            List<Pending> group = List.of();
            writer.lock();
            try {
                if (!mine.claimed) {
                    group = claimGroup();
                    storeGroup(group);
                }
            } finally {
                writer.unlock();
                // Also after an Error: a claimed push is always answered.
                publish(group);
            }
        }
        return mine.reply();
    }

    /** Pushes queued behind the running transaction (for tests that line pushes up into one group). */
    int waitingPushes() {
        return waiting.size();
    }

    /**
     * Takes the waiting pushes, oldest first, up to {@link #MAX_GROUP_EVENTS} events (always at least
     * one). Called with the writer lock held, so a push is claimed once.
     */
    private List<Pending> claimGroup() {
        List<Pending> group = new ArrayList<>();
        int events = 0;
        for (Pending p = waiting.peek(); p != null; p = waiting.peek()) {
            if (!group.isEmpty() && events + p.batch.size() > MAX_GROUP_EVENTS) {
                break;
            }
            waiting.poll();
            p.claimed = true;
            group.add(p);
            events += p.batch.size();
        }
        return group;
    }

    /**
     * Stores the group in one transaction: one feed-head lock, one commit (and on PostgreSQL one WAL
     * flush) for every push that queued behind the previous transaction. Each batch is stored as if
     * alone, in queue order, and sees the batches before it. If any batch is refused (a conflict) the
     * transaction is rolled back whole and each push runs alone, so one bad batch never fails another
     * device's push and nothing of the refused batch is stored.
     */
    private void storeGroup(List<Pending> group) {
        if (group.isEmpty()) {
            return;
        }
        try {
            List<Outcome> outcomes = db.dsl().transactionResult(cfg -> {
                DSLContext tx = cfg.dsl();
                FeedHeadLock head = FeedHeadLock.acquire(tx);
                long start = head.head();
                List<Outcome> out = new ArrayList<>(group.size());
                for (Pending p : group) {
                    out.add(store(tx, head, p.deviceId, p.batch));
                }
                if (head.head() != start) {
                    head.store();
                }
                return out;
            });
            for (int i = 0; i < group.size(); i++) {
                group.get(i).outcome = outcomes.get(i);
            }
        } catch (RuntimeException e) {
            if (group.size() > 1) {
                for (Pending p : group) {
                    storeGroup(List.of(p));
                }
            } else {
                group.getFirst().failure = e instanceof ReusedIdException reused ? reusedId(db.dsl(), reused.ids) : e;
            }
        }
    }

    /**
     * Makes the group's commit durable before any of its pushes is answered (an ack lets a terminal
     * forget the events), then wakes the feed's long-polls and streams and answers every push.
     */
    private void publish(List<Pending> group) {
        if (group.isEmpty()) {
            return;
        }
        try {
            long head = 0;
            for (Pending p : group) {
                if (p.outcome == null && p.failure == null) {
                    p.failure = new IllegalStateException("the ingest transaction did not finish");
                }
                if (p.outcome != null && p.outcome.accepted > 0) {
                    head = Math.max(head, p.outcome.head);
                }
            }
            if (head > 0) {
                db.syncToDisk();
                signal.advance(head);
            }
            for (Pending p : group) {
                if (p.outcome != null) {
                    metrics.eventsStored(p.outcome.accepted, p.outcome.reply.duplicates(), p.outcome.reply.flagged());
                }
            }
        } catch (RuntimeException e) {
            for (Pending p : group) {
                if (p.outcome != null) {
                    p.outcome = null;
                    p.failure = e;
                }
            }
        } finally {
            for (Pending p : group) {
                p.done.complete(null);
            }
        }
    }

    /** A push waiting for (or stored by) a group transaction. */
    private static final class Pending {
        final String deviceId;
        final List<StoredEvent> batch;
        final CompletableFuture<Void> done = new CompletableFuture<>();
        /** Set under the writer lock by the push that stores it. */
        volatile boolean claimed;
        Outcome outcome;
        RuntimeException failure;

        Pending(String deviceId, List<StoredEvent> batch) {
            this.deviceId = deviceId;
            this.batch = batch;
        }

        PushReply reply() {
            done.join();
            if (failure != null) {
                throw failure;
            }
            return outcome.reply;
        }
    }

    private record Outcome(PushReply reply, int accepted, long head) {
    }

    private Outcome store(DSLContext tx, FeedHeadLock head, String deviceId, List<StoredEvent> batch) {
        Map<Long, Record> stored = storedInSeqRange(tx, deviceId, batch);
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);

        Long[] serverSeqs = new Long[batch.size()];
        List<PushReply.Flag> flags = new ArrayList<>();
        List<Integer> fresh = new ArrayList<>();
        int duplicates = 0;
        for (int i = 0; i < batch.size(); i++) {
            StoredEvent s = batch.get(i);
            Record old = stored.get(s.event().deviceSeq());
            if (old != null) {
                if (!old.get(Events.EVENT_ID).equals(s.event().eventId())) {
                    throw conflict(i, "deviceSeq " + s.event().deviceSeq() + " of " + deviceId
                            + " is already taken by event " + old.get(Events.EVENT_ID)
                            + "; a device's sequence never repeats");
                }
                if (!old.get(Events.CONTENT_HASH).equals(s.hash())) {
                    throw conflict(i, "event " + s.event().eventId()
                            + " was already stored with different content; an event never changes, send a new one");
                }
                serverSeqs[i] = old.get(Events.SERVER_SEQ);
                duplicates++;
                continue;
            }
            serverSeqs[i] = head.next();
            fresh.add(i);
        }

        if (!fresh.isEmpty()) {
            insertEvents(tx, fresh, serverSeqs, batch, now);
            Projector projector = Projector.forBatch(tx, projections,
                    fresh.stream().map(i -> batch.get(i).event()).toList());
            List<Query> flagRows = new ArrayList<>();
            for (int i : fresh) {
                StoredEvent s = batch.get(i);
                for (PushReply.Flag f : flagsFor(s.event(), projector)) {
                    flags.add(f);
                    flagRows.add(tx.insertInto(EventFlags.TABLE)
                            .set(EventFlags.EVENT_ID, s.event().eventId())
                            .set(EventFlags.SERVER_SEQ, serverSeqs[i])
                            .set(EventFlags.REASON, f.reason())
                            .set(EventFlags.DETAIL, Text.clip(f.detail(), 1000))
                            .set(EventFlags.FLAGGED_AT, now));
                }
            }
            projector.flush();
            if (!flagRows.isEmpty()) {
                tx.batch(flagRows).execute();
            }
        }
        long acked = advanceAcked(tx, deviceId, batch);
        long highest = batch.isEmpty() ? acked : batch.getLast().event().deviceSeq();
        Long missingFrom = highest > acked ? acked + 1 : null;
        PushReply reply = new PushReply(acked, missingFrom, fresh.size(), duplicates, Arrays.asList(serverSeqs),
                flags);
        return new Outcome(reply, fresh.size(), head.head());
    }

    private List<PushReply.Flag> flagsFor(Event e, Projector projector) {
        List<PushReply.Flag> out = new ArrayList<>(1);
        String id = e.eventId().toString();
        if (e.payload() instanceof UnknownPayload unknown) {
            boolean newer = EventTypes.byName(unknown.type()).isPresent();
            out.add(new PushReply.Flag(id, newer ? "newer-schema" : "unknown-type", unknown.why()));
        } else {
            String closed = projector.apply(e);
            if (closed != null) {
                out.add(new PushReply.Flag(id, "closed-order", closed + "; kept for a manager to review"));
            }
        }
        long ahead = e.hlc().wallMillis() - clock.millis();
        if (ahead > CLOCK_AHEAD_LIMIT.toMillis()) {
            out.add(new PushReply.Flag(id, "clock-ahead", "the event's clock is " + Duration.ofMillis(ahead).toMinutes()
                    + " minutes ahead of the server's; check the terminal's date and time"));
        }
        return out;
    }

    private void insertEvents(DSLContext tx, List<Integer> fresh, Long[] serverSeqs, List<StoredEvent> batch,
            OffsetDateTime now) {
        List<Object[]> rows = new ArrayList<>(fresh.size());
        for (int i : fresh) {
            StoredEvent s = batch.get(i);
            Event e = s.event();
            rows.add(new Object[] {serverSeqs[i], e.eventId(), e.deviceId(), e.deviceSeq(), e.type(), e.aggregateId(),
                    e.hlc().wallMillis(), e.hlc().counter(), e.schemaVersion(), e.understood(), s.hash(), s.body(),
                    now});
        }
        try {
            insertEvent.execute(tx, rows);
        } catch (DataAccessException e) {
            if (!"23505".equals(e.sqlState()) && e.getCause(java.sql.SQLIntegrityConstraintViolationException.class) == null) {
                throw e;
            }
            // Rare: an event id already stored under another deviceSeq (or device). The transaction is
            // aborted (PostgreSQL refuses further statements); push() names the event after the rollback.
            throw new ReusedIdException(fresh.stream().map(i -> batch.get(i).event().eventId()).toList());
        }
    }

    /** The events insert, columns in the order {@link #insertEvents} binds them. */
    private static BatchStatement insertEventStatement(DSLContext dsl) {
        List<Field<?>> columns = List.of(Events.SERVER_SEQ, Events.EVENT_ID, Events.DEVICE_ID, Events.DEVICE_SEQ,
                Events.TYPE, Events.AGGREGATE_ID, Events.HLC_WALL, Events.HLC_COUNTER, Events.SCHEMA_VERSION,
                Events.UNDERSTOOD, Events.CONTENT_HASH, Events.BODY, Events.RECEIVED_AT);
        return BatchStatement.of(dsl, dsl.insertInto(Events.TABLE, columns)
                .values(columns.stream().<Field<?>>map(f -> DSL.param(f.getName(), f.getDataType())).toList()));
    }

    /** Carries the batch's new event ids out of the failed transaction. */
    private static final class ReusedIdException extends RuntimeException {
        private final transient List<UUID> ids;

        ReusedIdException(List<UUID> ids) {
            super(null, null, false, false);
            this.ids = ids;
        }
    }

    private static ProblemException reusedId(DSLContext dsl, List<UUID> ids) {
        Record r = dsl.select(Events.EVENT_ID, Events.DEVICE_ID, Events.DEVICE_SEQ).from(Events.TABLE)
                .where(Events.EVENT_ID.in(ids)).limit(1).fetchOne();
        String detail = r == null ? "an event id of the batch is already stored with different content"
                : "event " + r.get(Events.EVENT_ID) + " was already stored as deviceSeq " + r.get(Events.DEVICE_SEQ)
                        + " of " + r.get(Events.DEVICE_ID) + "; an event never changes, send a new one";
        return new ProblemException(409, "event-conflict", "Event conflict", detail);
    }

    /**
     * The device's stored events in the batch's deviceSeq range, by deviceSeq: one range scan on the
     * (device_id, device_seq) index finds resent duplicates and reused sequences together.
     */
    private static Map<Long, Record> storedInSeqRange(DSLContext tx, String deviceId, List<StoredEvent> batch) {
        Map<Long, Record> out = new HashMap<>();
        if (batch.isEmpty()) {
            return out;
        }
        for (Record r : tx.select(Events.DEVICE_SEQ, Events.EVENT_ID, Events.CONTENT_HASH, Events.SERVER_SEQ)
                .from(Events.TABLE)
                .where(Events.DEVICE_ID.eq(deviceId))
                .and(Events.DEVICE_SEQ.between(batch.getFirst().event().deviceSeq(), batch.getLast().event().deviceSeq()))
                .fetch()) {
            out.put(r.get(Events.DEVICE_SEQ), r);
        }
        return out;
    }

    /**
     * Moves the device's acknowledged sequence over every contiguous event now stored. Every event of
     * the batch is stored at this point (new or a verified duplicate), so the run that continues the
     * acknowledged sequence is counted in memory; only events stored earlier beyond it (a gap the batch
     * filled) are read, which is normally an empty index range.
     */
    private static long advanceAcked(DSLContext tx, String deviceId, List<StoredEvent> batch) {
        Long current = tx.select(Devices.ACKED_SEQ).from(Devices.TABLE).where(Devices.DEVICE_ID.eq(deviceId))
                .fetchOne(Devices.ACKED_SEQ);
        long start = current == null ? 0 : current;
        long acked = start;
        for (StoredEvent s : batch) {
            long seq = s.event().deviceSeq();
            if (seq == acked + 1) {
                acked = seq;
            } else if (seq > acked + 1) {
                break;
            }
        }
        while (true) {
            List<Long> next = tx.select(Events.DEVICE_SEQ).from(Events.TABLE)
                    .where(Events.DEVICE_ID.eq(deviceId)).and(Events.DEVICE_SEQ.gt(acked))
                    .orderBy(Events.DEVICE_SEQ).limit(1000).fetch(Events.DEVICE_SEQ);
            int i = 0;
            while (i < next.size() && next.get(i) == acked + 1) {
                acked++;
                i++;
            }
            if (i < 1000) {
                break;
            }
        }
        if (acked != start) {
            tx.update(Devices.TABLE).set(Devices.ACKED_SEQ, acked).where(Devices.DEVICE_ID.eq(deviceId)).execute();
        }
        return acked;
    }

    private static ProblemException conflict(int index, String detail) {
        return new ProblemException(409, "event-conflict", "Event conflict", detail,
                Map.of("field", "events[" + index + "]"));
    }
}

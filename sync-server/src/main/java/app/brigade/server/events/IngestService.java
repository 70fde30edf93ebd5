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
import java.util.UUID;
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

    private final Database db;
    private final EventCodec codec;
    private final FeedSignal signal;
    private final Metrics metrics;
    private final Clock clock;
    private final int maxBatch;
    private final BatchStatement insertEvent;
    private final Projector.Statements projections;

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
        Outcome outcome;
        try {
            outcome = db.dsl().transactionResult(cfg -> store(cfg.dsl(), deviceId, batch));
        } catch (ReusedIdException e) {
            throw reusedId(db.dsl(), e.ids);
        }
        if (outcome.accepted > 0) {
            db.syncToDisk();
            signal.advance(outcome.head);
        }
        metrics.eventsStored(outcome.accepted, outcome.reply.duplicates(), outcome.reply.flagged());
        return outcome.reply;
    }

    private record Outcome(PushReply reply, int accepted, long head) {
    }

    private Outcome store(DSLContext tx, String deviceId, List<StoredEvent> batch) {
        FeedHeadLock head = FeedHeadLock.acquire(tx);
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
            head.store();
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

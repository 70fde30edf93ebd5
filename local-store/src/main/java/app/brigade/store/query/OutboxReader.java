package app.brigade.store.query;

import static app.brigade.store.db.schema.Tables.EVENT_LOG;
import static app.brigade.store.db.schema.Tables.STORE_STATE;

import app.brigade.model.protocol.EventCodec;
import java.time.Duration;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.impl.DSL;

/** Reads the outbox: this device's events above the server's acknowledged {@code deviceSeq}. */
public final class OutboxReader {

    private final DSLContext db;
    private final EventCodec codec;
    private final String deviceId;

    public OutboxReader(DSLContext db, EventCodec codec, String deviceId) {
        this.db = db;
        this.codec = codec;
        this.deviceId = deviceId;
    }

    public long ackedDeviceSeq() {
        Long acked = db.select(STORE_STATE.ACKED_DEVICE_SEQ).from(STORE_STATE).where(STORE_STATE.ID.eq(1))
                .fetchOne(STORE_STATE.ACKED_DEVICE_SEQ);
        return acked == null ? 0 : acked;
    }

    public OutboxPage page(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("outbox page size must be at least 1, got " + limit);
        }
        long acked = ackedDeviceSeq();
        var events = db.select(EVENT_LOG.BODY).from(EVENT_LOG).where(pending(acked))
                .orderBy(EVENT_LOG.DEVICE_SEQ).limit(limit)
                .fetch(r -> codec.read(r.value1()));
        return new OutboxPage(events, acked, count(acked));
    }

    public SyncStatus status(long nowMillis) {
        long acked = ackedDeviceSeq();
        Record2<Integer, Long> r = db.select(DSL.count(), DSL.min(EVENT_LOG.HLC_WALL)).from(EVENT_LOG)
                .where(pending(acked)).fetchOne();
        long count = r == null ? 0 : r.value1();
        Optional<Duration> age = r == null || r.value2() == null ? Optional.empty()
                : Optional.of(Duration.ofMillis(Math.max(0, nowMillis - r.value2())));
        return new SyncStatus(count, age, acked);
    }

    private long count(long acked) {
        return db.fetchCount(EVENT_LOG, pending(acked));
    }

    private Condition pending(long acked) {
        return EVENT_LOG.DEVICE_ID.eq(deviceId).and(EVENT_LOG.DEVICE_SEQ.gt(acked));
    }
}

package app.brigade.store.query;

import static app.brigade.store.db.schema.Tables.EVENT_LOG;
import static app.brigade.store.db.schema.Tables.STORE_STATE;

import app.brigade.model.protocol.EventCodec;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;

/**
 * Reads the outbox: this device's events above the server's acknowledged {@code deviceSeq}. Queries sort
 * by the whole (device_id, device_seq) index although device_id is fixed by the condition: then H2 reads
 * the index in order and stops at the limit; sorted by device_seq alone it fetched and sorted every
 * pending row (with its body) for each page.
 */
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

    /** The page above the acknowledged sequence; {@code lastDeviceSeq} is the highest this device recorded. */
    public OutboxPage page(int limit, long lastDeviceSeq) {
        requirePositive(limit);
        long acked = ackedDeviceSeq();
        var events = db.select(EVENT_LOG.BODY).from(EVENT_LOG).where(pending(acked))
                .orderBy(EVENT_LOG.DEVICE_ID, EVENT_LOG.DEVICE_SEQ).limit(limit)
                .fetch(r -> codec.read(r.value1()));
        return new OutboxPage(events, acked, unsynced(acked, lastDeviceSeq));
    }

    /**
     * Up to {@code limit} of this device's events above {@code afterDeviceSeq}, in deviceSeq order, as their
     * stored JSON: one read of the (device_id, device_seq) index range, no decoding.
     */
    public List<OutboxEntry> entries(long afterDeviceSeq, int limit) {
        requirePositive(limit);
        return db.select(EVENT_LOG.DEVICE_SEQ, EVENT_LOG.BODY).from(EVENT_LOG).where(pending(afterDeviceSeq))
                .orderBy(EVENT_LOG.DEVICE_ID, EVENT_LOG.DEVICE_SEQ).limit(limit)
                .fetch(r -> new OutboxEntry(r.value1(), r.value2()));
    }

    /**
     * The count is {@code lastDeviceSeq - acked}: a device's sequence has no gaps (the store hands out
     * 1, 2, 3… under one lock), so counting the rows, which made H2 read every pending row, is not
     * needed. The oldest unsynced event is the first one in deviceSeq order (its HLC only grows), read
     * through the (device_id, device_seq) index as one row.
     */
    public SyncStatus status(long nowMillis, long lastDeviceSeq) {
        long acked = ackedDeviceSeq();
        long count = unsynced(acked, lastDeviceSeq);
        if (count == 0) {
            return new SyncStatus(0, Optional.empty(), acked);
        }
        Long oldest = db.select(EVENT_LOG.HLC_WALL).from(EVENT_LOG).where(pending(acked))
                .orderBy(EVENT_LOG.DEVICE_ID, EVENT_LOG.DEVICE_SEQ).limit(1).fetchOne(EVENT_LOG.HLC_WALL);
        Optional<Duration> age = oldest == null ? Optional.empty()
                : Optional.of(Duration.ofMillis(Math.max(0, nowMillis - oldest)));
        return new SyncStatus(count, age, acked);
    }

    private static long unsynced(long acked, long lastDeviceSeq) {
        return Math.max(0, lastDeviceSeq - acked);
    }

    private static void requirePositive(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("outbox page size must be at least 1, got " + limit);
        }
    }

    private Condition pending(long acked) {
        return EVENT_LOG.DEVICE_ID.eq(deviceId).and(EVENT_LOG.DEVICE_SEQ.gt(acked));
    }
}

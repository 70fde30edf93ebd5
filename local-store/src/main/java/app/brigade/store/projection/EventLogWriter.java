package app.brigade.store.projection;

import static app.brigade.store.db.schema.Tables.EVENT_LOG;
import static app.brigade.store.db.schema.Tables.KEPT_EVENT;

import app.brigade.model.event.UnknownPayload;
import app.brigade.model.protocol.Event;
import app.brigade.model.protocol.EventCodec;
import org.jooq.exception.IntegrityConstraintViolationException;

/** Records an event as applied (the dedup key) with its envelope JSON, and keeps events this build cannot read. */
final class EventLogWriter {

    private final EventCodec codec;
    private final String localDeviceId;

    EventLogWriter(EventCodec codec, String localDeviceId) {
        this.codec = codec;
        this.localDeviceId = localDeviceId;
    }

    /** False when the event id was applied before: the caller must then change nothing. */
    boolean insert(ApplyContext c) {
        Event e = c.event();
        try {
            c.db().insertInto(EVENT_LOG)
                    .set(EVENT_LOG.EVENT_ID, e.eventId())
                    .set(EVENT_LOG.POSITION, c.position())
                    .set(EVENT_LOG.DEVICE_ID, ApplyContext.truncate(e.deviceId(), 64))
                    .set(EVENT_LOG.DEVICE_SEQ, e.deviceSeq())
                    .set(EVENT_LOG.HLC_WALL, e.hlc().wallMillis())
                    .set(EVENT_LOG.HLC_COUNTER, e.hlc().counter())
                    .set(EVENT_LOG.EVENT_TYPE, ApplyContext.truncate(e.type(), 64))
                    .set(EVENT_LOG.AGGREGATE_ID, ApplyContext.truncate(e.aggregateId(), 64))
                    .set(EVENT_LOG.LOCAL_EVENT, e.deviceId().equals(localDeviceId))
                    .set(EVENT_LOG.BODY, codec.write(e))
                    .execute();
            return true;
        } catch (IntegrityConstraintViolationException duplicate) {
            return false;
        }
    }

    void keep(ApplyContext c, UnknownPayload unknown) {
        c.db().insertInto(KEPT_EVENT)
                .set(KEPT_EVENT.EVENT_ID, c.event().eventId())
                .set(KEPT_EVENT.POSITION, c.position())
                .set(KEPT_EVENT.EVENT_TYPE, ApplyContext.truncate(unknown.type(), 64))
                .set(KEPT_EVENT.SCHEMA_VERSION, unknown.schemaVersion())
                .set(KEPT_EVENT.WHY, ApplyContext.truncate(unknown.why(), 1000))
                .onConflictDoNothing()
                .execute();
    }
}

package app.brigade.store.projection;

import static app.brigade.store.db.schema.Tables.KEPT_EVENT;

import app.brigade.model.event.UnknownPayload;
import app.brigade.model.protocol.Event;
import app.brigade.model.protocol.EventCodec;

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
        return c.sql().insertIfAbsent("INSERT INTO event_log (event_id, position, device_id, device_seq, hlc_wall,"
                + " hlc_counter, event_type, aggregate_id, local_event, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                e.eventId(), c.position(), ApplyContext.truncate(e.deviceId(), 64), e.deviceSeq(), e.hlc().wallMillis(),
                e.hlc().counter(), ApplyContext.truncate(e.type(), 64), ApplyContext.truncate(e.aggregateId(), 64),
                e.deviceId().equals(localDeviceId), body(c)) == 1;
    }

    /** The record as the journal holds it; encoded again only for an entry the journal did not make. */
    String body(ApplyContext c) {
        String body = c.entry().body();
        return body != null ? body : codec.write(c.event());
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

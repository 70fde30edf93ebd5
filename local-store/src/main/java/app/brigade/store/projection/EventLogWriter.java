package app.brigade.store.projection;

import static app.brigade.store.db.schema.Tables.KEPT_EVENT;

import app.brigade.model.event.UnknownPayload;
import app.brigade.model.protocol.Event;
import app.brigade.model.protocol.EventCodec;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Records an event as applied (the dedup key) with its envelope JSON, and keeps events this build cannot read. */
final class EventLogWriter {

    private static final String INSERT = "INSERT INTO event_log (event_id, position, device_id, device_seq,"
            + " hlc_wall, hlc_counter, event_type, aggregate_id, local_event, body)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final EventCodec codec;
    private final String localDeviceId;
    /** A rebuild's applied ids (its {@code event_log} has no primary key yet), or null: the key decides. */
    private final EventIdSet rebuildIds;
    private final List<UUID> addedInTransaction = new ArrayList<>();

    EventLogWriter(EventCodec codec, String localDeviceId, EventIdSet rebuildIds) {
        this.codec = codec;
        this.localDeviceId = localDeviceId;
        this.rebuildIds = rebuildIds;
    }

    /** Starts a transaction afresh (nothing of the last one is to be taken back). */
    void begin() {
        addedInTransaction.clear();
    }

    /** The transaction was rolled back: its ids were not applied after all. */
    void discard() {
        if (rebuildIds != null) {
            addedInTransaction.forEach(rebuildIds::remove);
        }
        addedInTransaction.clear();
    }

    /** False when the event id was applied before: the caller must then change nothing. */
    boolean insert(ApplyContext c) {
        Event e = c.event();
        Object[] row = {e.eventId(), c.position(), ApplyContext.truncate(e.deviceId(), 64), e.deviceSeq(),
            e.hlc().wallMillis(), e.hlc().counter(), ApplyContext.truncate(e.type(), 64),
            ApplyContext.truncate(e.aggregateId(), 64), e.deviceId().equals(localDeviceId), body(c)};
        if (rebuildIds == null) {
            return c.sql().insertIfAbsent(INSERT, row) == 1;
        }
        if (!rebuildIds.add(e.eventId())) {
            return false;
        }
        addedInTransaction.add(e.eventId());
        c.sql().update(INSERT, row);
        return true;
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

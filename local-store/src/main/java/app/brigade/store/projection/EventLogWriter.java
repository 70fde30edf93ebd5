package app.brigade.store.projection;

import static app.brigade.store.db.schema.Tables.KEPT_EVENT;

import app.brigade.model.event.UnknownPayload;
import app.brigade.model.protocol.Event;
import app.brigade.model.protocol.EventCodec;
import app.brigade.store.db.Database;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

/**
 * Records an event as applied (the dedup key) with a pointer to its journal record, and keeps events
 * this build cannot read. The body itself stays in the journal (V2 migration); it is copied into
 * {@code event_log.body} only when an entry has no journal offset or its segment is about to be compacted.
 */
final class EventLogWriter {

    private static final String INSERT = "INSERT INTO EVENT_LOG (EVENT_ID, POSITION, DEVICE_ID, DEVICE_SEQ,"
            + " HLC_WALL, HLC_COUNTER, EVENT_TYPE, AGGREGATE_ID, LOCAL_EVENT, JOURNAL_OFFSET, BODY)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    /** H2's error code for a unique/primary key violation. */
    private static final int DUPLICATE_KEY = 23505;

    private final Database database;
    private final EventCodec codec;
    private final String localDeviceId;

    EventLogWriter(Database database, EventCodec codec, String localDeviceId) {
        this.database = database;
        this.codec = codec;
        this.localDeviceId = localDeviceId;
    }

    /** False when the event id was applied before: the caller must then change nothing. */
    boolean insert(ApplyContext c) {
        Event e = c.event();
        PreparedStatement ps = database.prepared(INSERT);
        try {
            ps.setObject(1, e.eventId());
            ps.setLong(2, c.position());
            ps.setString(3, ApplyContext.truncate(e.deviceId(), 64));
            ps.setLong(4, e.deviceSeq());
            ps.setLong(5, e.hlc().wallMillis());
            ps.setInt(6, e.hlc().counter());
            ps.setString(7, ApplyContext.truncate(e.type(), 64));
            ps.setString(8, ApplyContext.truncate(e.aggregateId(), 64));
            ps.setBoolean(9, e.deviceId().equals(localDeviceId));
            long offset = c.entry().offset();
            if (offset >= 0) {
                ps.setLong(10, offset);
                ps.setNull(11, Types.VARCHAR);
            } else {
                ps.setNull(10, Types.BIGINT);
                ps.setString(11, codec.write(e));
            }
            ps.executeUpdate();
            return true;
        } catch (SQLException ex) {
            if (ex.getErrorCode() == DUPLICATE_KEY) {
                return false;
            }
            throw new IllegalStateException("cannot record event " + e.eventId() + " as applied: " + ex.getMessage(),
                    ex);
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

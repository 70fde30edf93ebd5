package app.brigade.store.projection;

import static app.brigade.store.db.schema.Tables.FLAGGED_EVENT;

import app.brigade.model.protocol.Event;
import app.brigade.store.journal.JournalEntry;
import app.brigade.store.db.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jooq.DSLContext;

/**
 * Everything an event's projection may use: the writer inside the open transaction and the event
 * with its journal position. No clock: the event's own HLC is the only time apply ever sees.
 */
record ApplyContext(DSLContext db, Database database, JournalEntry entry, BusinessDay businessDay, Stats stats) {

    /** H2's error code for a unique/primary key violation. */
    static final int DUPLICATE_KEY = 23505;

    /**
     * Runs a hot-path statement through a prepared statement cached on the writer connection (no jOOQ
     * rendering, no H2 parse); returns the update count, or 0 when an INSERT hit an existing key.
     */
    int exec(String sql, Object... args) {
        PreparedStatement ps = database.prepared(sql);
        try {
            bind(ps, args);
            return ps.executeUpdate();
        } catch (SQLException e) {
            if (e.getErrorCode() == DUPLICATE_KEY) {
                return 0;
            }
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** The first row of a hot-path query as an array of its columns, or null when there is none. */
    Object[] row(String sql, Object... args) {
        PreparedStatement ps = database.prepared(sql);
        try {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                Object[] out = new Object[rs.getMetaData().getColumnCount()];
                for (int i = 0; i < out.length; i++) {
                    out[i] = rs.getObject(i + 1);
                }
                return out;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static void bind(PreparedStatement ps, Object[] args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            ps.setObject(i + 1, args[i]);
        }
    }

    /** Counts filled while a batch is applied. */
    static final class Stats {
        long applied;
        long duplicates;
        long kept;
        long flagged;
        long failed;
    }

    Event event() {
        return entry.event();
    }

    long position() {
        return entry.position();
    }

    long hlcWall() {
        return entry.event().hlc().wallMillis();
    }

    /** Marks this event for a manager's attention; the event itself is still applied and kept. */
    void flag(String reason) {
        int inserted = db.insertInto(FLAGGED_EVENT)
                .set(FLAGGED_EVENT.EVENT_ID, event().eventId())
                .set(FLAGGED_EVENT.POSITION, position())
                .set(FLAGGED_EVENT.EVENT_TYPE, truncate(event().type(), 64))
                .set(FLAGGED_EVENT.AGGREGATE_ID, truncate(event().aggregateId(), 64))
                .set(FLAGGED_EVENT.REASON, truncate(reason, 1000))
                .onConflictDoNothing()
                .execute();
        if (inserted > 0) {
            stats.flagged++;
        }
    }

    static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}

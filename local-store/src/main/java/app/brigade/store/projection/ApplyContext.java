package app.brigade.store.projection;

import static app.brigade.store.db.schema.Tables.FLAGGED_EVENT;

import app.brigade.model.protocol.Event;
import app.brigade.store.journal.JournalEntry;
import org.jooq.DSLContext;

/**
 * Everything an event's projection may use: the writer inside the open transaction and the event
 * with its journal position. No clock: the event's own HLC is the only time apply ever sees.
 */
record ApplyContext(DSLContext db, Statements sql, JournalEntry entry, BusinessDay businessDay, Stats stats) {

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

package app.brigade.store.query;

import static app.brigade.store.db.schema.Tables.EVENT_LOG;

import app.brigade.model.protocol.Event;
import java.util.List;
import org.jooq.DSLContext;

/** Reads every applied event, local and remote, in the order this store applied them (for reports). */
public final class EventLogReader {

    private final DSLContext db;
    private final EventBodies bodies;

    public EventLogReader(DSLContext db, EventBodies bodies) {
        this.db = db;
        this.bodies = bodies;
    }

    public List<Event> all() {
        return db.select(EVENT_LOG.EVENT_ID, EVENT_LOG.POSITION, EVENT_LOG.JOURNAL_OFFSET, EVENT_LOG.BODY)
                .from(EVENT_LOG).orderBy(EVENT_LOG.POSITION)
                .fetch(r -> bodies.read(r.value1(), r.value2(), r.value3(), r.value4()));
    }
}

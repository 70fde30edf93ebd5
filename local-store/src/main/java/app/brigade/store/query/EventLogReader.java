package app.brigade.store.query;

import static app.brigade.store.db.schema.Tables.EVENT_LOG;

import app.brigade.model.protocol.Event;
import app.brigade.model.protocol.EventCodec;
import java.util.List;
import org.jooq.DSLContext;

/** Reads every applied event, local and remote, in the order this store applied them (for reports). */
public final class EventLogReader {

    private final DSLContext db;
    private final EventCodec codec;

    public EventLogReader(DSLContext db, EventCodec codec) {
        this.db = db;
        this.codec = codec;
    }

    public List<Event> all() {
        return db.select(EVENT_LOG.BODY).from(EVENT_LOG).orderBy(EVENT_LOG.POSITION)
                .fetch(r -> codec.read(r.value1()));
    }
}

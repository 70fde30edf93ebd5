package app.brigade.store.query;

import static app.brigade.store.db.schema.Tables.EVENT_LOG;

import app.brigade.model.protocol.Event;
import app.brigade.model.protocol.EventCodec;
import app.brigade.store.journal.Journal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * Turns an {@code event_log} row back into its event: from {@code body} when H2 holds a copy (rows
 * from before V2, or copied there before their journal segment was compacted), otherwise from the
 * journal record the row points at ({@code journal_offset}), CRC-checked.
 */
public final class EventBodies {

    private final DSLContext db;
    private final EventCodec codec;
    private final Journal journal;

    public EventBodies(DSLContext db, EventCodec codec, Journal journal) {
        this.db = db;
        this.codec = codec;
        this.journal = journal;
    }

    public Event read(UUID eventId, long position, Long journalOffset, String body) {
        if (body != null) {
            return codec.read(body);
        }
        if (journalOffset == null) {
            throw new IllegalStateException("event " + eventId + " has neither a body nor a journal record");
        }
        Optional<byte[]> fromJournal;
        try {
            fromJournal = journal.readBody(position, journalOffset);
        } catch (IOException e) {
            throw new UncheckedIOException("event " + eventId + " cannot be read from the journal: "
                    + e.getMessage(), e);
        }
        if (fromJournal.isPresent()) {
            Event event = codec.read(fromJournal.get());
            if (!event.eventId().equals(eventId)) {
                throw new IllegalStateException("journal position " + position + " holds event " + event.eventId()
                        + ", not " + eventId + " as the database says; the journal was replaced or damaged");
            }
            return event;
        }
        // Its segment was compacted after this row was read: the body was copied into H2 first.
        String copied = db.select(EVENT_LOG.BODY).from(EVENT_LOG).where(EVENT_LOG.EVENT_ID.eq(eventId))
                .fetchOne(EVENT_LOG.BODY);
        if (copied == null) {
            throw new IllegalStateException("event " + eventId + " at journal position " + position
                    + " is neither in the journal nor in the database");
        }
        return codec.read(copied);
    }
}

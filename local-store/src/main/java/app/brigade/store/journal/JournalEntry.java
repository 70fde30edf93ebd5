package app.brigade.store.journal;

import app.brigade.model.protocol.Event;
import java.util.Objects;

/**
 * One event in the journal with its position (1, 2, 3… across all segments, in write order) and,
 * when the journal made or read it, the record's JSON exactly as it is on disk ({@code body}), so
 * projecting it does not encode the event a second time. {@code body} is null only for entries
 * built by hand; then the event is encoded when needed.
 */
public record JournalEntry(long position, Event event, String body) {
    public JournalEntry {
        Objects.requireNonNull(event, "event");
        if (position < 1) {
            throw new IllegalArgumentException("journal positions start at 1, got " + position);
        }
    }

    public JournalEntry(long position, Event event) {
        this(position, event, null);
    }
}

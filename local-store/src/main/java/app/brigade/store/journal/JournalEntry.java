package app.brigade.store.journal;

import app.brigade.model.protocol.Event;
import java.util.Objects;

/** One event in the journal with its position (1, 2, 3… across all segments, in write order). */
public record JournalEntry(long position, Event event) {
    public JournalEntry {
        Objects.requireNonNull(event, "event");
        if (position < 1) {
            throw new IllegalArgumentException("journal positions start at 1, got " + position);
        }
    }
}

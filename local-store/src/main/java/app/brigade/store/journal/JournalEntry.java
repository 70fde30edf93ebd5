package app.brigade.store.journal;

import app.brigade.model.protocol.Event;
import java.util.Objects;

/**
 * One event in the journal with its position (1, 2, 3… across all segments, in write order) and the
 * byte offset of its record in its segment file ({@code -1} when not known), so H2 can point at the
 * journaled body instead of keeping a second copy (see {@link Journal#readBody}).
 */
public record JournalEntry(long position, long offset, Event event) {
    public JournalEntry {
        Objects.requireNonNull(event, "event");
        if (position < 1) {
            throw new IllegalArgumentException("journal positions start at 1, got " + position);
        }
    }

    public JournalEntry(long position, Event event) {
        this(position, -1, event);
    }
}

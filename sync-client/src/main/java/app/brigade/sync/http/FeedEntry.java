package app.brigade.sync.http;

import app.brigade.model.protocol.Event;
import java.util.Objects;

/** One event of the server's feed with its server sequence (the feed cursor). */
public record FeedEntry(long serverSeq, Event event) {
    public FeedEntry {
        Objects.requireNonNull(event, "event");
    }
}

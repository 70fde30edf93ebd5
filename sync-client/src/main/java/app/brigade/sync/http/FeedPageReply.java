package app.brigade.sync.http;

import java.util.List;

/** A page of {@code GET /v1/events}: the entries in server order and the cursor for the next request. */
public record FeedPageReply(List<FeedEntry> entries, long next) {
    public FeedPageReply {
        entries = List.copyOf(entries);
    }
}

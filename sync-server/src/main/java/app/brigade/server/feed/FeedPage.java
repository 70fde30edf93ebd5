package app.brigade.server.feed;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.util.List;

/**
 * A page of the store's feed in server order: {@code next} is the cursor for the following request
 * ({@code after=next}); it equals the request's {@code after} when the page is empty.
 */
public record FeedPage(List<Entry> events, long next) {

    /** One stored event with its server sequence; {@code event} is the stored envelope JSON, verbatim. */
    public record Entry(long serverSeq, @JsonRawValue String event) {
    }

    public boolean isEmpty() {
        return events.isEmpty();
    }
}

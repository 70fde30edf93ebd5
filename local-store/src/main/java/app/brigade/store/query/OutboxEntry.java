package app.brigade.store.query;

import java.util.Objects;

/**
 * One unacknowledged local event as the JSON it was journaled with ({@code EventCodec.write}), so the
 * sync client can send it without decoding and encoding it again.
 */
public record OutboxEntry(long deviceSeq, String json) {
    public OutboxEntry {
        Objects.requireNonNull(json, "json");
    }
}

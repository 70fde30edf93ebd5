package app.brigade.store.query;

import app.brigade.model.protocol.Event;
import java.util.List;

/** The oldest local events the server has not acknowledged yet, in {@code deviceSeq} order. */
public record OutboxPage(List<Event> events, long ackedDeviceSeq, long unsyncedCount) {
    public OutboxPage {
        events = List.copyOf(events);
    }
}

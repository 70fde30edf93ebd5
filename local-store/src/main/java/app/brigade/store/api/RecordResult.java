package app.brigade.store.api;

import app.brigade.model.event.EventPayload;
import app.brigade.model.order.RejectedException;
import app.brigade.model.order.Rejection;
import app.brigade.model.protocol.Event;
import java.util.List;

/** The outcome of {@link Store#record}: the committed (fsynced and applied) events, or why nothing was recorded. */
public sealed interface RecordResult {

    /** Every payload was accepted, journaled durably and applied; these are the envelopes made for them. */
    record Committed(List<Event> events) implements RecordResult {
        public Committed {
            events = List.copyOf(events);
        }
    }

    /** Payload number {@code index} was refused by the domain rules; nothing of the call was recorded. */
    record Rejected(int index, EventPayload payload, Rejection rejection) implements RecordResult {
    }

    /** The committed events, or a {@link RejectedException} carrying the rejection. */
    default List<Event> events() {
        return switch (this) {
            case Committed c -> c.events();
            case Rejected r -> throw new RejectedException(r.rejection());
        };
    }

    default boolean committed() {
        return this instanceof Committed;
    }
}

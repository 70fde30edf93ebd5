package app.brigade.kds.board;

import app.brigade.store.query.TicketView;
import java.util.List;

/**
 * What one refresh read from the store: open tickets in fire order, the most recently bumped ones
 * (for recall) and the cancel cards: tickets whose order was voided after fire, not dismissed yet.
 */
public record BoardSnapshot(List<TicketView> open, List<TicketView> bumped, List<TicketView> cancelled) {
    public BoardSnapshot {
        open = List.copyOf(open);
        bumped = List.copyOf(bumped);
        cancelled = List.copyOf(cancelled);
    }
}

package app.brigade.kds.board;

import app.brigade.store.query.TicketView;
import java.util.List;
import java.util.Set;

/**
 * What one refresh read from the store: open tickets in fire order, the most recently bumped ones
 * (for recall) and which of the tickets shown before disappeared because their order was voided.
 */
public record BoardSnapshot(List<TicketView> open, List<TicketView> bumped, Set<String> cancelledIds) {
    public BoardSnapshot {
        open = List.copyOf(open);
        bumped = List.copyOf(bumped);
        cancelledIds = Set.copyOf(cancelledIds);
    }
}

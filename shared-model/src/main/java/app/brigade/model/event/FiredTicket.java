package app.brigade.model.event;

import java.util.List;

/** The ticket one station receives when an order is fired. */
public record FiredTicket(String ticketId, String stationId, List<TicketLine> lines) {
    public FiredTicket {
        Require.id(ticketId, "ticketId");
        Require.text(stationId, "stationId");
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a fired ticket needs at least one line");
        }
    }
}

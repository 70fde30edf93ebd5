package app.brigade.model.event;

/** A finished ticket cleared from a station's screen; the POS sees the order as ready. */
public record TicketBumped(String ticketId, String orderId, String stationId) implements KitchenEvent {
    public TicketBumped {
        Require.id(ticketId, "ticketId");
    }
}

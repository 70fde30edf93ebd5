package app.brigade.model.event;

/** A bumped ticket brought back to the screen. */
public record TicketRecalled(String ticketId, String orderId, String stationId) implements KitchenEvent {
    public TicketRecalled {
        Require.id(ticketId, "ticketId");
    }
}

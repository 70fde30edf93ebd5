package app.brigade.model.event;

/** A cook marked one line of a ticket done (or not done again). */
public record TicketItemDone(String ticketId, String orderId, String lineId, boolean done) implements KitchenEvent {
    public TicketItemDone {
        Require.id(ticketId, "ticketId");
        Require.id(lineId, "lineId");
    }
}

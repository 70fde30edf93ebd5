package app.brigade.model.event;

/** An event a kitchen display raises on one ticket. */
public sealed interface KitchenEvent extends EventPayload permits TicketItemDone, TicketBumped, TicketRecalled {

    String ticketId();

    String orderId();

    @Override
    default String aggregateId() {
        return ticketId();
    }
}

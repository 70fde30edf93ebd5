package app.brigade.model.event;

/** The order is fully paid and closed. */
public record OrderClosed(String orderId) implements OrderEvent {
    public OrderClosed {
        Require.id(orderId, "orderId");
    }
}

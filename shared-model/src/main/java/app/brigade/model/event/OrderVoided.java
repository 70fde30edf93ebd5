package app.brigade.model.event;

/** The whole order cancelled before payment; after a kitchen send it needs a manager's approval. */
public record OrderVoided(String orderId, String reason) implements OrderEvent {
    public OrderVoided {
        Require.id(orderId, "orderId");
        Require.text(reason, "reason");
    }
}

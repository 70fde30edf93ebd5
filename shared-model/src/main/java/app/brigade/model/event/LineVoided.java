package app.brigade.model.event;

/** A line removed from an order; after it was fired this needs a manager's approval. */
public record LineVoided(String orderId, String lineId, String reason) implements OrderEvent {
    public LineVoided {
        Require.id(orderId, "orderId");
        Require.id(lineId, "lineId");
        reason = reason == null ? "" : reason;
    }
}

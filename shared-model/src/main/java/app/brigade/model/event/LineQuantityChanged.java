package app.brigade.model.event;

/** The quantity of a line not yet sent to the kitchen was changed (the +/- buttons). */
public record LineQuantityChanged(String orderId, String lineId, int quantity) implements OrderEvent {
    public LineQuantityChanged {
        Require.id(orderId, "orderId");
        Require.id(lineId, "lineId");
    }
}

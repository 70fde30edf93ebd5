package app.brigade.model.event;

/** An open check moved to another table and/or another employee (null keeps the current one). */
public record OrderTransferred(String orderId, String tableId, String employeeId) implements OrderEvent {
    public OrderTransferred {
        Require.id(orderId, "orderId");
    }
}

package app.brigade.model.event;

import java.util.Objects;

/** A new order; {@code orderNumber} is the terminal prefix plus the daily sequence, e.g. {@code A-042}. */
public record OrderOpened(
        String orderId,
        String orderNumber,
        OrderType orderType,
        String tableId,
        int guests,
        String employeeId,
        String currency) implements OrderEvent {
    public OrderOpened {
        Require.id(orderId, "orderId");
        Require.text(orderNumber, "orderNumber");
        Objects.requireNonNull(orderType, "orderType");
        Require.text(currency, "currency");
        if (guests < 0) {
            throw new IllegalArgumentException("guests must not be negative");
        }
    }
}

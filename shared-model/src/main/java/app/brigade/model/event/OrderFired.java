package app.brigade.model.event;

import java.util.List;

/**
 * Unfired lines sent to the kitchen, one ticket per station. Self-contained (order number, table,
 * server, lines) so a kitchen display can show it without ever having seen the order.
 */
public record OrderFired(
        String orderId,
        String orderNumber,
        OrderType orderType,
        String tableName,
        String employeeName,
        long firedAtMillis,
        boolean addOn,
        List<String> lineIds,
        List<FiredTicket> tickets) implements OrderEvent {
    public OrderFired {
        Require.id(orderId, "orderId");
        Require.text(orderNumber, "orderNumber");
        lineIds = List.copyOf(lineIds);
        tickets = tickets == null ? List.of() : List.copyOf(tickets);
        tableName = tableName == null ? "" : tableName;
        employeeName = employeeName == null ? "" : employeeName;
    }
}

package app.brigade.model.event;

import java.util.List;

/**
 * Unfired lines sent to the kitchen, one ticket per station. Self-contained (order number, table,
 * server, lines) so a kitchen display can show it without ever having seen the order. {@code rush}:
 * the cashier asked the kitchen to prioritise this send (absent in older events: false).
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
        List<FiredTicket> tickets,
        Boolean rush) implements OrderEvent {
    public OrderFired {
        Require.id(orderId, "orderId");
        Require.text(orderNumber, "orderNumber");
        lineIds = List.copyOf(lineIds);
        tickets = tickets == null ? List.of() : List.copyOf(tickets);
        tableName = tableName == null ? "" : tableName;
        employeeName = employeeName == null ? "" : employeeName;
        // a Boolean so an event written before the flag existed (no "rush" key) reads as false, while the
        // codec keeps refusing nulls for the primitives that carry amounts and quantities
        rush = rush != null && rush;
    }

    /** A send at normal priority. */
    public OrderFired(String orderId, String orderNumber, OrderType orderType, String tableName, String employeeName,
            long firedAtMillis, boolean addOn, List<String> lineIds, List<FiredTicket> tickets) {
        this(orderId, orderNumber, orderType, tableName, employeeName, firedAtMillis, addOn, lineIds, tickets, false);
    }
}

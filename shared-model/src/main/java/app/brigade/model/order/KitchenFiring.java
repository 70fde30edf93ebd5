package app.brigade.model.order;

import app.brigade.model.event.FiredTicket;
import app.brigade.model.event.LineModifier;
import app.brigade.model.event.OrderFired;
import app.brigade.model.event.TicketLine;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Builds the kitchen send for an order: every unfired line, grouped into one ticket per station.
 * Lines with no station (e.g. bottled drinks) are marked fired without a ticket.
 */
public final class KitchenFiring {

    private KitchenFiring() {
    }

    public static Outcome<OrderFired> fire(Order order, String tableName, String employeeName, long nowMillis,
            Supplier<String> ticketIds) {
        return fire(order, tableName, employeeName, nowMillis, ticketIds, false);
    }

    /** As above; {@code rush} asks the kitchen to prioritise this send (a RUSH flag on every ticket and chit). */
    public static Outcome<OrderFired> fire(Order order, String tableName, String employeeName, long nowMillis,
            Supplier<String> ticketIds, boolean rush) {
        List<OrderLine> unfired = order.unfiredLines();
        if (order.status() != OrderStatus.OPEN) {
            return Outcome.rejected(RejectionReason.ORDER_CLOSED, "order " + order.number() + " is not open");
        }
        if (unfired.isEmpty()) {
            return Outcome.rejected(RejectionReason.NOTHING_TO_FIRE, "there are no new lines to send to the kitchen");
        }
        Map<String, List<TicketLine>> byStation = new LinkedHashMap<>();
        List<String> lineIds = new ArrayList<>();
        for (OrderLine line : unfired) {
            lineIds.add(line.lineId());
            for (String station : line.added().stationIds()) {
                byStation.computeIfAbsent(station, s -> new ArrayList<>()).add(ticketLine(line));
            }
        }
        List<FiredTicket> tickets = new ArrayList<>();
        byStation.forEach((station, lines) -> tickets.add(new FiredTicket(ticketIds.get(), station, lines)));
        return Outcome.accepted(new OrderFired(order.id(), order.number(), order.type(), tableName, employeeName,
                nowMillis, order.fireCount() > 0, lineIds, tickets, rush));
    }

    private static TicketLine ticketLine(OrderLine line) {
        return new TicketLine(line.lineId(), line.name(), line.quantity(),
                line.added().modifiers().stream().map(LineModifier::name).toList(), line.added().note(),
                line.added().seat(), line.added().course());
    }
}

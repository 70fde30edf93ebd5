package app.brigade.model.kitchen;

import app.brigade.model.event.FiredTicket;
import app.brigade.model.event.LineVoided;
import app.brigade.model.event.OrderFired;
import app.brigade.model.event.OrderType;
import app.brigade.model.event.OrderVoided;
import app.brigade.model.event.TicketBumped;
import app.brigade.model.event.TicketItemDone;
import app.brigade.model.event.TicketRecalled;
import java.util.List;

/**
 * A ticket on one station's screen, derived from {@code OrderFired} and changed by the kitchen's
 * events. {@code addOn} marks items sent after the order's first ticket; {@code cancelled} an order
 * voided after it was fired.
 */
public record KitchenTicket(
        String ticketId,
        String orderId,
        String orderNumber,
        OrderType orderType,
        String tableName,
        String employeeName,
        String stationId,
        long firedAtMillis,
        boolean addOn,
        List<TicketItem> items,
        boolean bumped,
        boolean cancelled,
        boolean rush) {

    public KitchenTicket {
        items = List.copyOf(items);
    }

    /** One ticket per station of the fire event. */
    public static List<KitchenTicket> from(OrderFired fired) {
        return fired.tickets().stream().map(t -> of(fired, t)).toList();
    }

    private static KitchenTicket of(OrderFired f, FiredTicket t) {
        return new KitchenTicket(t.ticketId(), f.orderId(), f.orderNumber(), f.orderType(), f.tableName(),
                f.employeeName(), t.stationId(), f.firedAtMillis(), f.addOn(),
                t.lines().stream().map(l -> new TicketItem(l, false, false)).toList(), false, false, f.rush());
    }

    public KitchenTicket apply(TicketItemDone e) {
        return withItems(items.stream()
                .map(i -> i.lineId().equals(e.lineId()) ? new TicketItem(i.line(), e.done(), i.voided()) : i)
                .toList());
    }

    public KitchenTicket apply(TicketBumped e) {
        return new KitchenTicket(ticketId, orderId, orderNumber, orderType, tableName, employeeName, stationId,
                firedAtMillis, addOn, items, true, cancelled, rush);
    }

    public KitchenTicket apply(TicketRecalled e) {
        return new KitchenTicket(ticketId, orderId, orderNumber, orderType, tableName, employeeName, stationId,
                firedAtMillis, addOn, items, false, cancelled, rush);
    }

    /** A line voided after it was fired stays on the ticket, struck through and marked VOID. */
    public KitchenTicket apply(LineVoided e) {
        return withItems(items.stream()
                .map(i -> i.lineId().equals(e.lineId()) ? new TicketItem(i.line(), i.done(), true) : i)
                .toList());
    }

    public KitchenTicket apply(OrderVoided e) {
        return new KitchenTicket(ticketId, orderId, orderNumber, orderType, tableName, employeeName, stationId,
                firedAtMillis, addOn, items, bumped, true, rush);
    }

    /** True when every item still to be made is done. */
    public boolean allDone() {
        return items.stream().filter(i -> !i.voided()).allMatch(TicketItem::done);
    }

    /** Age colour for the card: {@link TicketAge#FRESH} until {@code warnAfterMillis}, then warn, then late. */
    public TicketAge age(long nowMillis, long warnAfterMillis, long lateAfterMillis) {
        long age = nowMillis - firedAtMillis;
        return age >= lateAfterMillis ? TicketAge.LATE : age >= warnAfterMillis ? TicketAge.WARN : TicketAge.FRESH;
    }

    private KitchenTicket withItems(List<TicketItem> newItems) {
        return new KitchenTicket(ticketId, orderId, orderNumber, orderType, tableName, employeeName, stationId,
                firedAtMillis, addOn, newItems, bumped, cancelled, rush);
    }
}

package app.brigade.model.order;

import app.brigade.model.event.LineAdded;
import app.brigade.model.event.MovedLine;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of an order as it stands now: the snapshot taken when it was added plus its current state,
 * including the kitchen tickets it was sent on.
 */
public record OrderLine(LineAdded added, int quantity, boolean fired, boolean voided, boolean voidedAfterFire,
        String voidReason, String voidApproverId, List<String> ticketIds) {

    public OrderLine {
        ticketIds = ticketIds == null ? List.of() : List.copyOf(ticketIds);
    }

    static OrderLine of(LineAdded added) {
        return new OrderLine(added, added.quantity(), false, false, false, null, null, List.of());
    }

    /** A line that joined {@code orderId} from another check, in the state it had there. */
    static OrderLine movedIn(String orderId, MovedLine moved) {
        return new OrderLine(moved.added().withOrderId(orderId), moved.quantity(), moved.fired(), false, false, null,
                null, moved.ticketIds());
    }

    public String lineId() {
        return added.lineId();
    }

    public String name() {
        return added.name();
    }

    /** Price of the line before discounts: (unit price + modifier deltas) × quantity, in minor units. */
    public long gross() {
        return Math.multiplyExact(added.unitPriceWithModifiers(), (long) quantity);
    }

    OrderLine withQuantity(int q) {
        return new OrderLine(added, q, fired, voided, voidedAfterFire, voidReason, voidApproverId, ticketIds);
    }

    OrderLine asFired(List<String> onTickets) {
        List<String> tickets = new ArrayList<>(ticketIds);
        onTickets.stream().filter(t -> !tickets.contains(t)).forEach(tickets::add);
        return new OrderLine(added, quantity, true, voided, voidedAfterFire, voidReason, voidApproverId, tickets);
    }

    OrderLine asVoided(String reason, String approverId) {
        return new OrderLine(added, quantity, fired, true, fired, reason, approverId, ticketIds);
    }
}

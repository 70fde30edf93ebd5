package app.brigade.model.order;

import app.brigade.model.event.DiscountApplied;
import app.brigade.model.event.LineAdded;
import app.brigade.model.event.LineQuantityChanged;
import app.brigade.model.event.LineVoided;
import app.brigade.model.event.LinesMovedIn;
import app.brigade.model.event.LinesMovedOut;
import app.brigade.model.event.MovedDiscount;
import app.brigade.model.event.MovedLine;
import app.brigade.model.event.OrderClosed;
import app.brigade.model.event.OrderEvent;
import app.brigade.model.event.OrderFired;
import app.brigade.model.event.OrderOpened;
import app.brigade.model.event.OrderRefunded;
import app.brigade.model.event.OrderTransferred;
import app.brigade.model.event.OrderType;
import app.brigade.model.event.OrderVoided;
import app.brigade.model.event.PaymentAdded;
import app.brigade.model.event.PaymentVoided;
import app.brigade.model.event.TicketLine;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * An order as the fold of its events. {@link #apply} never refuses (replay must rebuild whatever
 * was journaled); {@link OrderRules} decides beforehand whether a new event is allowed.
 */
public record Order(
        String id,
        String number,
        OrderType type,
        String tableId,
        int guests,
        String employeeId,
        Currency currency,
        OrderStatus status,
        List<OrderLine> lines,
        List<AppliedDiscount> discounts,
        List<Payment> payments,
        List<Refund> refunds,
        int fireCount,
        String voidReason) {

    public Order {
        lines = List.copyOf(lines);
        discounts = List.copyOf(discounts);
        payments = List.copyOf(payments);
        refunds = List.copyOf(refunds);
    }

    /** The state right after an {@code OrderOpened}. */
    public static Order open(OrderOpened e) {
        return new Order(e.orderId(), e.orderNumber(), e.orderType(), e.tableId(), e.guests(), e.employeeId(),
                Currency.getInstance(e.currency()), OrderStatus.OPEN, List.of(), List.of(), List.of(), List.of(), 0,
                null);
    }

    /** Builds an order from its events in order; the first must be {@code OrderOpened}. */
    public static Order replay(List<? extends OrderEvent> events) {
        if (events.isEmpty() || !(events.getFirst() instanceof OrderOpened opened)) {
            throw new IllegalArgumentException("an order's history starts with OrderOpened");
        }
        Order order = open(opened);
        for (OrderEvent e : events.subList(1, events.size())) {
            order = order.apply(e, null);
        }
        return order;
    }

    /** The state after {@code event}; events that do not fit (unknown line, second open) change nothing. */
    public Order apply(OrderEvent event, String approverId) {
        return switch (event) {
            case OrderOpened e -> this;
            case LineAdded e -> line(e.lineId()).isPresent() ? this : withLines(addTo(lines, OrderLine.of(e)));
            case LineQuantityChanged e -> updateLine(e.lineId(), l -> l.withQuantity(e.quantity()));
            case LineVoided e -> updateLine(e.lineId(), l -> l.voided() ? l : l.asVoided(e.reason(), approverId));
            case OrderFired e -> fired(e);
            case DiscountApplied e -> hasDiscount(e.discountId()) ? this
                    : copy(status, lines, addTo(discounts, new AppliedDiscount(e, approverId)), payments, refunds,
                            fireCount, voidReason);
            case PaymentAdded e -> payment(e.paymentId()).isPresent() ? this
                    : copy(status, lines, discounts, addTo(payments, new Payment(e, false, null)), refunds,
                            fireCount, voidReason);
            case PaymentVoided e -> copy(status, lines, discounts, payments.stream()
                    .map(p -> p.paymentId().equals(e.paymentId()) ? new Payment(p.added(), true, e.reason()) : p)
                    .toList(), refunds, fireCount, voidReason);
            case OrderClosed e -> status == OrderStatus.OPEN
                    ? copy(OrderStatus.CLOSED, lines, discounts, payments, refunds, fireCount, voidReason) : this;
            case OrderRefunded e -> refunds.stream().anyMatch(r -> r.refund().refundId().equals(e.refundId())) ? this
                    : copy(status, lines, discounts, payments, addTo(refunds, new Refund(e, approverId)), fireCount,
                            voidReason);
            case OrderVoided e -> status == OrderStatus.OPEN
                    ? copy(OrderStatus.VOIDED, lines, discounts, payments, refunds, fireCount, e.reason()) : this;
            case OrderTransferred e -> new Order(id, number, type, e.tableId() != null ? e.tableId() : tableId, guests,
                    e.employeeId() != null ? e.employeeId() : employeeId, currency, status, lines, discounts,
                    payments, refunds, fireCount, voidReason);
            case LinesMovedOut e -> movedOut(e);
            case LinesMovedIn e -> movedIn(e);
        };
    }

    public Optional<OrderLine> line(String lineId) {
        return lines.stream().filter(l -> l.lineId().equals(lineId)).findFirst();
    }

    public Optional<Payment> payment(String paymentId) {
        return payments.stream().filter(p -> p.paymentId().equals(paymentId)).findFirst();
    }

    public List<OrderLine> activeLines() {
        return lines.stream().filter(l -> !l.voided()).toList();
    }

    /** Lines that are not voided and not yet sent to the kitchen. */
    public List<OrderLine> unfiredLines() {
        return lines.stream().filter(l -> !l.voided() && !l.fired()).toList();
    }

    public List<Payment> activePayments() {
        return payments.stream().filter(p -> !p.voided()).toList();
    }

    public boolean anyFired() {
        return lines.stream().anyMatch(OrderLine::fired);
    }

    boolean hasDiscount(String discountId) {
        return discounts.stream().anyMatch(d -> d.discount().discountId().equals(discountId));
    }

    private Order fired(OrderFired e) {
        Set<String> ids = new HashSet<>(e.lineIds());
        Map<String, List<String>> tickets = new HashMap<>();
        e.tickets().forEach(t -> t.lines().stream().map(TicketLine::lineId)
                .forEach(id -> tickets.computeIfAbsent(id, k -> new ArrayList<>()).add(t.ticketId())));
        List<OrderLine> next = lines.stream()
                .map(l -> ids.contains(l.lineId()) ? l.asFired(tickets.getOrDefault(l.lineId(), List.of())) : l)
                .toList();
        return copy(status, next, discounts, payments, refunds, fireCount + 1, voidReason);
    }

    /** The listed lines, and the line discounts that went with them, are no longer on this check. */
    private Order movedOut(LinesMovedOut e) {
        Set<String> ids = new HashSet<>(e.lineIds());
        if (lines.stream().noneMatch(l -> ids.contains(l.lineId()))) {
            return this;
        }
        return copy(status, lines.stream().filter(l -> !ids.contains(l.lineId())).toList(),
                discounts.stream().filter(d -> !ids.contains(d.discount().lineId())).toList(), payments, refunds,
                fireCount, voidReason);
    }

    /** Lines from another check join this one in the state they had there; a line already here is kept. */
    private Order movedIn(LinesMovedIn e) {
        List<OrderLine> newLines = new ArrayList<>(lines);
        List<AppliedDiscount> newDiscounts = new ArrayList<>(discounts);
        for (MovedLine m : e.lines()) {
            if (line(m.lineId()).isPresent()) {
                continue;
            }
            newLines.add(OrderLine.movedIn(id, m));
            for (MovedDiscount d : m.discounts()) {
                if (!hasDiscount(d.discount().discountId())) {
                    newDiscounts.add(new AppliedDiscount(d.discount().withOrderId(id), d.approverId()));
                }
            }
        }
        return copy(status, newLines, newDiscounts, payments, refunds, fireCount, voidReason);
    }

    private Order updateLine(String lineId, UnaryOperator<OrderLine> change) {
        return withLines(lines.stream().map(l -> l.lineId().equals(lineId) ? change.apply(l) : l).toList());
    }

    private Order withLines(List<OrderLine> newLines) {
        return copy(status, newLines, discounts, payments, refunds, fireCount, voidReason);
    }

    private Order copy(OrderStatus s, List<OrderLine> l, List<AppliedDiscount> d, List<Payment> p, List<Refund> r,
            int fires, String voided) {
        return new Order(id, number, type, tableId, guests, employeeId, currency, s, l, d, p, r, fires, voided);
    }

    private static <T> List<T> addTo(List<T> list, T item) {
        List<T> copy = new ArrayList<>(list.size() + 1);
        copy.addAll(list);
        copy.add(item);
        return copy;
    }
}

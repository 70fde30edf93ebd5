package app.brigade.model.order;

import static app.brigade.model.order.RejectionReason.*;

import app.brigade.model.catalog.StoreSettings;
import app.brigade.model.catalog.TenderType;
import app.brigade.model.event.DiscountApplied;
import app.brigade.model.event.LineAdded;
import app.brigade.model.event.LineQuantityChanged;
import app.brigade.model.event.LineVoided;
import app.brigade.model.event.LinesMovedIn;
import app.brigade.model.event.LinesMovedOut;
import app.brigade.model.event.MovedLine;
import app.brigade.model.event.OrderClosed;
import app.brigade.model.event.OrderEvent;
import app.brigade.model.event.OrderFired;
import app.brigade.model.event.OrderOpened;
import app.brigade.model.event.OrderRefunded;
import app.brigade.model.event.OrderTransferred;
import app.brigade.model.event.OrderVoided;
import app.brigade.model.event.PaymentAdded;
import app.brigade.model.event.PaymentVoided;
import app.brigade.model.money.Money;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether a new event may happen to an order, given the store's rules. Accepted events
 * come back with the order's next state; refused ones with a {@link Rejection} that says why.
 */
public final class OrderRules {

    private final StoreSettings settings;

    public OrderRules(StoreSettings settings) {
        this.settings = settings;
    }

    public OrderTotals totals(Order order) {
        return TotalsCalculator.compute(order, settings);
    }

    /**
     * @param current the order as it stands, or {@code null} when it does not exist yet
     * @param approverId the manager approving this change, or {@code null}
     */
    public Outcome<Order> decide(Order current, OrderEvent event, String approverId) {
        if (current == null) {
            return event instanceof OrderOpened opened
                    ? Outcome.accepted(Order.open(opened))
                    : Outcome.rejected(ORDER_NOT_FOUND, "order " + event.orderId() + " does not exist");
        }
        Optional<Rejection> refused = check(current, event, approverId);
        if (refused.isPresent()) {
            return new Outcome.Rejected<>(refused.get());
        }
        Order next = current.apply(event, approverId);
        return afterCheck(current, next, event);
    }

    private Optional<Rejection> check(Order o, OrderEvent event, String approverId) {
        if (event instanceof OrderOpened) {
            return no(DUPLICATE_ID, "order " + o.number() + " is already open");
        }
        if (o.status() == OrderStatus.VOIDED) {
            return no(ORDER_VOIDED, "order " + o.number() + " was voided; nothing more can happen to it");
        }
        if (o.status() == OrderStatus.CLOSED && !(event instanceof OrderRefunded)) {
            return no(ORDER_CLOSED, "order " + o.number() + " is closed; only a refund can change it now");
        }
        return switch (event) {
            case OrderOpened e -> Optional.empty();
            case LineAdded e -> lineAdded(o, e);
            case LineQuantityChanged e -> quantityChanged(o, e);
            case LineVoided e -> lineVoided(o, e, approverId);
            case OrderFired e -> fired(o, e);
            case DiscountApplied e -> discount(o, e, approverId);
            case PaymentAdded e -> payment(o, e);
            case PaymentVoided e -> paymentVoided(o, e);
            case OrderClosed e -> closed(o);
            case OrderRefunded e -> refund(o, e, approverId);
            case OrderVoided e -> voided(o, approverId);
            case OrderTransferred e -> Optional.empty();
            case LinesMovedOut e -> movedOut(o, e);
            case LinesMovedIn e -> movedIn(o, e);
        };
    }

    /** Checks that need the next state: nothing may push the total below what was already paid. */
    private Outcome<Order> afterCheck(Order before, Order after, OrderEvent event) {
        if (event instanceof LineVoided || event instanceof DiscountApplied || event instanceof LineQuantityChanged) {
            OrderTotals t = totals(after);
            if (t.total() < t.paid()) {
                return Outcome.rejected(OVER_PAYMENT, "this would make the order total " + money(t.total())
                        + " less than the " + money(t.paid()) + " already paid; void a payment first");
            }
        }
        if (event instanceof LinesMovedOut) {
            OrderTotals t = totals(after);
            if (t.total() < t.paid()) {
                return Outcome.rejected(HAS_PAYMENTS, "check " + before.number() + " already has " + money(t.paid())
                        + " paid; moving these lines would leave only " + money(t.total())
                        + " on it. Move fewer lines or void a payment first");
            }
        }
        return Outcome.accepted(after);
    }

    private Optional<Rejection> lineAdded(Order o, LineAdded e) {
        if (o.line(e.lineId()).isPresent()) {
            return no(DUPLICATE_ID, "line " + e.lineId() + " is already on order " + o.number());
        }
        if (e.quantity() < 1) {
            return no(INVALID_QUANTITY, "quantity of " + e.name() + " must be at least 1, got " + e.quantity());
        }
        if (e.unitPrice() < 0) {
            return no(INVALID_AMOUNT, "price of " + e.name() + " must not be negative");
        }
        return Optional.empty();
    }

    private Optional<Rejection> quantityChanged(Order o, LineQuantityChanged e) {
        Optional<OrderLine> line = o.line(e.lineId());
        if (line.isEmpty()) {
            return no(UNKNOWN_LINE, "line " + e.lineId() + " is not on order " + o.number());
        }
        if (e.quantity() < 1) {
            return no(INVALID_QUANTITY, "quantity must be at least 1 (void the line to remove it), got "
                    + e.quantity());
        }
        if (line.get().voided()) {
            return no(LINE_VOIDED, line.get().name() + " was voided");
        }
        if (line.get().fired()) {
            return no(LINE_ALREADY_FIRED, line.get().name() + " was already sent to the kitchen; add a new line");
        }
        return Optional.empty();
    }

    private Optional<Rejection> lineVoided(Order o, LineVoided e, String approverId) {
        Optional<OrderLine> line = o.line(e.lineId());
        if (line.isEmpty()) {
            return no(UNKNOWN_LINE, "line " + e.lineId() + " is not on order " + o.number());
        }
        if (line.get().voided()) {
            return no(LINE_VOIDED, line.get().name() + " is already voided");
        }
        if (line.get().fired() && approverId == null) {
            return no(APPROVAL_REQUIRED, line.get().name() + " was sent to the kitchen; voiding it needs a manager");
        }
        return Optional.empty();
    }

    private Optional<Rejection> fired(Order o, OrderFired e) {
        if (e.lineIds().isEmpty()) {
            return no(NOTHING_TO_FIRE, "there are no new lines to send to the kitchen");
        }
        Set<String> seen = new HashSet<>();
        for (String id : e.lineIds()) {
            Optional<OrderLine> line = o.line(id);
            if (line.isEmpty() || !seen.add(id)) {
                return no(UNKNOWN_LINE, "line " + id + " is not on order " + o.number());
            }
            if (line.get().voided()) {
                return no(LINE_VOIDED, line.get().name() + " was voided and cannot be sent");
            }
            if (line.get().fired()) {
                return no(LINE_ALREADY_FIRED, line.get().name() + " was already sent to the kitchen");
            }
        }
        return Optional.empty();
    }

    private Optional<Rejection> discount(Order o, DiscountApplied e, String approverId) {
        if (approverId == null) {
            return no(APPROVAL_REQUIRED, "a discount needs a manager's approval");
        }
        if (o.hasDiscount(e.discountId())) {
            return no(DUPLICATE_ID, "discount " + e.discountId() + " is already applied");
        }
        if (e.lineId() != null) {
            Optional<OrderLine> line = o.line(e.lineId());
            if (line.isEmpty()) {
                return no(UNKNOWN_LINE, "line " + e.lineId() + " is not on order " + o.number());
            }
            if (line.get().voided()) {
                return no(LINE_VOIDED, line.get().name() + " was voided");
            }
        }
        return Optional.empty();
    }

    private Optional<Rejection> payment(Order o, PaymentAdded e) {
        if (o.payment(e.paymentId()).isPresent()) {
            return no(DUPLICATE_ID, "payment " + e.paymentId() + " is already recorded");
        }
        if (e.amount() <= 0) {
            return no(INVALID_AMOUNT, "a payment must be more than zero, got " + money(e.amount()));
        }
        if (e.tip() < 0) {
            return no(INVALID_AMOUNT, "a tip must not be negative");
        }
        OrderTotals t = totals(o);
        if (t.settled()) {
            return no(NOTHING_DUE, "order " + o.number() + " is already paid in full");
        }
        long limit = e.tenderType() == TenderType.CASH ? t.cashDue() : t.due();
        if (e.amount() > limit) {
            return no(OVER_PAYMENT, "payment of " + money(e.amount()) + " is more than the " + money(limit)
                    + " still due");
        }
        if (e.tenderType() == TenderType.CASH && e.change() > 0 && e.amount() < limit) {
            return no(INVALID_AMOUNT, "change can only be given once the whole amount due is paid");
        }
        if (e.change() < 0) {
            return no(INVALID_AMOUNT, "cash tendered " + money(e.tendered()) + " is less than the amount paid");
        }
        return Optional.empty();
    }

    private Optional<Rejection> paymentVoided(Order o, PaymentVoided e) {
        Optional<Payment> p = o.payment(e.paymentId());
        if (p.isEmpty()) {
            return no(UNKNOWN_PAYMENT, "payment " + e.paymentId() + " is not on order " + o.number());
        }
        if (p.get().voided()) {
            return no(PAYMENT_VOIDED, "payment " + e.paymentId() + " is already voided");
        }
        return Optional.empty();
    }

    private Optional<Rejection> closed(Order o) {
        OrderTotals t = totals(o);
        if (!t.settled()) {
            return no(BALANCE_DUE, "order " + o.number() + " still has " + money(t.due()) + " to pay");
        }
        return Optional.empty();
    }

    private Optional<Rejection> refund(Order o, OrderRefunded e, String approverId) {
        if (o.status() != OrderStatus.CLOSED) {
            return no(ORDER_NOT_CLOSED, "only a closed order can be refunded; void lines or payments instead");
        }
        if (approverId == null) {
            return no(APPROVAL_REQUIRED, "a refund needs a manager's approval");
        }
        if (o.refunds().stream().anyMatch(r -> r.refund().refundId().equals(e.refundId()))) {
            return no(DUPLICATE_ID, "refund " + e.refundId() + " is already recorded");
        }
        if (e.amount() <= 0) {
            return no(INVALID_AMOUNT, "a refund must be more than zero");
        }
        for (String lineId : e.lineIds()) {
            if (o.line(lineId).isEmpty()) {
                return no(UNKNOWN_LINE, "line " + lineId + " is not on order " + o.number());
            }
        }
        OrderTotals t = totals(o);
        if (e.amount() > t.refundable()) {
            return no(OVER_REFUND, "refund of " + money(e.amount()) + " is more than the " + money(t.refundable())
                    + " that can still be refunded");
        }
        return Optional.empty();
    }

    /** Lines leaving this check: live lines of an undiscounted check, never all of them. */
    private Optional<Rejection> movedOut(Order o, LinesMovedOut e) {
        if (e.toOrderId().equals(o.id())) {
            return no(SAME_CHECK, "those lines are already on check " + o.number());
        }
        if (e.lineIds().isEmpty()) {
            return no(NOTHING_TO_MOVE, "choose at least one line to move off check " + o.number());
        }
        Set<String> seen = new HashSet<>();
        for (String id : e.lineIds()) {
            Optional<OrderLine> line = o.line(id);
            if (line.isEmpty() || !seen.add(id)) {
                return no(UNKNOWN_LINE, "line " + id + " is not on check " + o.number());
            }
            if (line.get().voided()) {
                return no(LINE_VOIDED, line.get().name() + " was voided; a voided line stays on its check");
            }
        }
        if (hasCheckDiscount(o)) {
            return no(CHECK_DISCOUNTED, "check " + o.number() + " has a discount on the whole check; splitting it"
                    + " would change what the discount covers. Split before discounting the whole check");
        }
        if (o.activeLines().stream().allMatch(l -> seen.contains(l.lineId()))) {
            return no(WOULD_EMPTY_CHECK, "moving every line would leave check " + o.number()
                    + " empty; move the check to another table instead");
        }
        return Optional.empty();
    }

    /** Lines joining this check: new line ids with a sane state, onto an undiscounted check. */
    private Optional<Rejection> movedIn(Order o, LinesMovedIn e) {
        if (e.fromOrderId().equals(o.id())) {
            return no(SAME_CHECK, "those lines are already on check " + o.number());
        }
        if (e.lines().isEmpty()) {
            return no(NOTHING_TO_MOVE, "no lines to move onto check " + o.number());
        }
        Set<String> seen = new HashSet<>();
        for (MovedLine m : e.lines()) {
            if (o.line(m.lineId()).isPresent() || !seen.add(m.lineId())) {
                return no(DUPLICATE_ID, "line " + m.lineId() + " is already on check " + o.number());
            }
            if (m.quantity() < 1) {
                return no(INVALID_QUANTITY, "quantity of " + m.added().name() + " must be at least 1, got "
                        + m.quantity());
            }
            if (m.added().unitPrice() < 0) {
                return no(INVALID_AMOUNT, "price of " + m.added().name() + " must not be negative");
            }
            if (m.discounts().stream().anyMatch(d -> o.hasDiscount(d.discount().discountId()))) {
                return no(DUPLICATE_ID, "a discount of " + m.added().name() + " is already on check " + o.number());
            }
        }
        if (hasCheckDiscount(o)) {
            return no(CHECK_DISCOUNTED, "check " + o.number() + " has a discount on the whole check; moving lines"
                    + " onto it would change what the discount covers. Choose another check or a new one");
        }
        return Optional.empty();
    }

    private static boolean hasCheckDiscount(Order o) {
        return o.discounts().stream().anyMatch(d -> d.discount().lineId() == null);
    }

    private Optional<Rejection> voided(Order o, String approverId) {
        if (!o.activePayments().isEmpty()) {
            return no(HAS_PAYMENTS, "order " + o.number() + " has payments; void them before voiding the order");
        }
        if (o.anyFired() && approverId == null) {
            return no(APPROVAL_REQUIRED, "order " + o.number() + " was sent to the kitchen; voiding it needs a manager");
        }
        return Optional.empty();
    }

    private String money(long minor) {
        return Money.of(minor, settings.currency()).toString();
    }

    private static Optional<Rejection> no(RejectionReason reason, String message) {
        return Optional.of(new Rejection(reason, message));
    }
}

package app.brigade.model.order;

import static app.brigade.model.order.Orders.line;
import static app.brigade.model.order.Orders.opened;
import static org.assertj.core.api.Assertions.assertThat;

import app.brigade.model.catalog.TenderType;
import app.brigade.model.event.CardDetails;
import app.brigade.model.event.DiscountApplied;
import app.brigade.model.event.DiscountKind;
import app.brigade.model.event.LineAdded;
import app.brigade.model.event.LineQuantityChanged;
import app.brigade.model.event.LineVoided;
import app.brigade.model.event.OrderClosed;
import app.brigade.model.event.OrderEvent;
import app.brigade.model.event.OrderFired;
import app.brigade.model.event.OrderRefunded;
import app.brigade.model.event.OrderTransferred;
import app.brigade.model.event.OrderType;
import app.brigade.model.event.OrderVoided;
import app.brigade.model.event.PaymentAdded;
import app.brigade.model.event.PaymentVoided;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderRulesTest {

    private static final String MANAGER = "emp-maria";
    private final OrderRules rules = new OrderRules(Orders.STORE);

    /** Applies events through the rules, failing the test if any is refused. */
    private Order accept(Order start, OrderEvent... events) {
        Order o = start;
        for (OrderEvent e : events) {
            o = rules.decide(o, e, e instanceof DiscountApplied || e instanceof OrderRefunded ? MANAGER : null)
                    .orThrow();
        }
        return o;
    }

    private Order openOrder() {
        return rules.decide(null, opened("o1"), null).orThrow();
    }

    private RejectionReason refused(Order o, OrderEvent e, String approver) {
        Outcome<Order> outcome = rules.decide(o, e, approver);
        assertThat(outcome).isInstanceOf(Outcome.Rejected.class);
        Rejection r = ((Outcome.Rejected<Order>) outcome).rejection();
        assertThat(r.message()).isNotBlank();
        return r.reason();
    }

    private static OrderFired fire(String... lineIds) {
        return new OrderFired("o1", "A-001", OrderType.DINE_IN, "Table 1", "Carl", 1_000L, false, List.of(lineIds),
                List.of());
    }

    @Test
    void fullLifeOfAnOrder() {
        Order o = accept(openOrder(), line("a", 1250, 1, 700, false), line("b", 450, 2, 1900, true),
                new LineQuantityChanged("o1", "b", 1), fire("a", "b"), line("c", 390, 1, 1900, true), fire("c"),
                new OrderTransferred("o1", "t7", "emp-clara"),
                new DiscountApplied("o1", "d1", "c", DiscountKind.AMOUNT, 0, 90, "loyalty"));
        OrderTotals t = rules.totals(o);
        o = accept(o, PaymentAdded.card("o1", "p1", "s1", 1000, 100, new CardDetails("VISA", "4242", "OK1")),
                PaymentAdded.cash("o1", "p2", "s1", t.due() - 1000, 0, 5000), new OrderClosed("o1"),
                new OrderRefunded("o1", "r1", "s1", TenderType.CASH, 300, List.of("c"), "spilled"));

        assertThat(o.status()).isEqualTo(OrderStatus.CLOSED);
        assertThat(o.fireCount()).isEqualTo(2);
        assertThat(o.tableId()).isEqualTo("t7");
        assertThat(o.employeeId()).isEqualTo("emp-clara");
        assertThat(o.discounts()).singleElement().extracting(AppliedDiscount::approverId).isEqualTo(MANAGER);
        assertThat(o.refunds()).singleElement().extracting(Refund::approverId).isEqualTo(MANAGER);
        assertThat(rules.totals(o).refundable()).isEqualTo(t.due() - 300);
    }

    @Test
    void eventsBeforeOpenAreRefused() {
        assertThat(refused(null, line("a", 100, 1, 0, false), null)).isEqualTo(RejectionReason.ORDER_NOT_FOUND);
    }

    @Test
    void openingTwiceIsRefused() {
        assertThat(refused(openOrder(), opened("o1"), null)).isEqualTo(RejectionReason.DUPLICATE_ID);
    }

    @Test
    void addingToAClosedOrderIsRefused() {
        Order closed = accept(openOrder(), line("a", 100, 1, 0, false),
                PaymentAdded.cash("o1", "p1", "s1", 100, 0, 100), new OrderClosed("o1"));
        assertThat(refused(closed, line("b", 100, 1, 0, false), null)).isEqualTo(RejectionReason.ORDER_CLOSED);
        assertThat(refused(closed, PaymentAdded.cash("o1", "p2", "s1", 100, 0, 100), null))
                .isEqualTo(RejectionReason.ORDER_CLOSED);
    }

    @Test
    void negativeOrZeroQuantityIsRefused() {
        Order o = openOrder();
        assertThat(refused(o, line("a", 100, -1, 0, false), null)).isEqualTo(RejectionReason.INVALID_QUANTITY);
        assertThat(refused(o, line("a", 100, 0, 0, false), null)).isEqualTo(RejectionReason.INVALID_QUANTITY);
        Order withLine = accept(o, line("a", 100, 1, 0, false));
        assertThat(refused(withLine, new LineQuantityChanged("o1", "a", -2), null))
                .isEqualTo(RejectionReason.INVALID_QUANTITY);
    }

    @Test
    void negativePriceAndDuplicateLineAreRefused() {
        Order o = openOrder();
        assertThat(refused(o, line("a", -100, 1, 0, false), null)).isEqualTo(RejectionReason.INVALID_AMOUNT);
        Order withLine = accept(o, line("a", 100, 1, 0, false));
        assertThat(refused(withLine, line("a", 100, 1, 0, false), null)).isEqualTo(RejectionReason.DUPLICATE_ID);
    }

    @Test
    void firedLinesCannotChangeQuantityOrBeFiredAgain() {
        Order o = accept(openOrder(), line("a", 100, 1, 0, false), fire("a"));
        assertThat(refused(o, new LineQuantityChanged("o1", "a", 3), null))
                .isEqualTo(RejectionReason.LINE_ALREADY_FIRED);
        assertThat(refused(o, fire("a"), null)).isEqualTo(RejectionReason.LINE_ALREADY_FIRED);
        assertThat(refused(o, fire(), null)).isEqualTo(RejectionReason.NOTHING_TO_FIRE);
        assertThat(refused(o, fire("zzz"), null)).isEqualTo(RejectionReason.UNKNOWN_LINE);
    }

    @Test
    void voidAfterFireNeedsAManagerAndRecordsTheApprover() {
        Order o = accept(openOrder(), line("a", 100, 1, 0, false), fire("a"));
        assertThat(refused(o, new LineVoided("o1", "a", "guest changed mind"), null))
                .isEqualTo(RejectionReason.APPROVAL_REQUIRED);

        Order voided = rules.decide(o, new LineVoided("o1", "a", "guest changed mind"), MANAGER).orThrow();
        OrderLine line = voided.line("a").orElseThrow();
        assertThat(line.voided()).isTrue();
        assertThat(line.voidedAfterFire()).isTrue();
        assertThat(line.voidApproverId()).isEqualTo(MANAGER);
        assertThat(refused(voided, new LineVoided("o1", "a", "again"), MANAGER)).isEqualTo(RejectionReason.LINE_VOIDED);
    }

    @Test
    void voidBeforeFireNeedsNoManager() {
        Order o = accept(openOrder(), line("a", 100, 1, 0, false));
        Order voided = rules.decide(o, new LineVoided("o1", "a", "mistake"), null).orThrow();
        assertThat(voided.line("a").orElseThrow().voidedAfterFire()).isFalse();
        assertThat(refused(o, new LineVoided("o1", "nope", "x"), null)).isEqualTo(RejectionReason.UNKNOWN_LINE);
    }

    @Test
    void discountsNeedAManagerAndAKnownLine() {
        Order o = accept(openOrder(), line("a", 1000, 1, 0, false));
        DiscountApplied d = new DiscountApplied("o1", "d1", null, DiscountKind.PERCENT, 1000, 0, "staff meal");
        assertThat(refused(o, d, null)).isEqualTo(RejectionReason.APPROVAL_REQUIRED);
        assertThat(refused(o, new DiscountApplied("o1", "d2", "zz", DiscountKind.AMOUNT, 0, 10, "x"), MANAGER))
                .isEqualTo(RejectionReason.UNKNOWN_LINE);
        Order discounted = rules.decide(o, d, MANAGER).orThrow();
        assertThat(refused(discounted, d, MANAGER)).isEqualTo(RejectionReason.DUPLICATE_ID);
    }

    @Test
    void aDiscountOrVoidCannotPushTheTotalBelowWhatWasPaid() {
        Order o = accept(openOrder(), line("a", 1000, 1, 0, false), line("b", 1000, 1, 0, false),
                PaymentAdded.card("o1", "p1", "s1", 1500, 0, new CardDetails("VISA", "1234", "A1")));
        assertThat(refused(o, new LineVoided("o1", "b", "x"), null)).isEqualTo(RejectionReason.OVER_PAYMENT);
        assertThat(refused(o, new DiscountApplied("o1", "d", null, DiscountKind.PERCENT, 5000, 0, "x"), MANAGER))
                .isEqualTo(RejectionReason.OVER_PAYMENT);
    }

    @Test
    void paymentsCannotExceedWhatIsDue() {
        Order o = accept(openOrder(), line("a", 1000, 1, 0, false));
        CardDetails card = new CardDetails("VISA", "4242", "AUTH1");
        assertThat(refused(o, PaymentAdded.card("o1", "p1", "s1", 1001, 0, card), null))
                .isEqualTo(RejectionReason.OVER_PAYMENT);
        assertThat(refused(o, new PaymentAdded("o1", "p1", "s1", "card", TenderType.CARD, 0, 0, 0, 0, card), null))
                .isEqualTo(RejectionReason.INVALID_AMOUNT);
        assertThat(refused(o, PaymentAdded.cash("o1", "p1", "s1", 500, 0, 700), null))
                .as("change while something is still due").isEqualTo(RejectionReason.INVALID_AMOUNT);
        Order paid = accept(o, PaymentAdded.cash("o1", "p1", "s1", 1000, 0, 2000));
        assertThat(refused(paid, PaymentAdded.card("o1", "p2", "s1", 1, 0, card), null))
                .isEqualTo(RejectionReason.NOTHING_DUE);
        assertThat(refused(paid, PaymentAdded.cash("o1", "p1", "s1", 1, 0, 1), null))
                .isEqualTo(RejectionReason.DUPLICATE_ID);
    }

    @Test
    void payingAVoidedOrderIsRefused() {
        Order voided = accept(openOrder(), line("a", 1000, 1, 0, false), new OrderVoided("o1", "walked out"));
        assertThat(voided.status()).isEqualTo(OrderStatus.VOIDED);
        assertThat(refused(voided, PaymentAdded.cash("o1", "p1", "s1", 1000, 0, 1000), null))
                .isEqualTo(RejectionReason.ORDER_VOIDED);
    }

    @Test
    void voidingAnOrderNeedsNoActivePaymentsAndAManagerOnceFired() {
        Order o = accept(openOrder(), line("a", 1000, 1, 0, false), fire("a"),
                PaymentAdded.cash("o1", "p1", "s1", 500, 0, 500));
        assertThat(refused(o, new OrderVoided("o1", "x"), MANAGER)).isEqualTo(RejectionReason.HAS_PAYMENTS);
        Order unpaid = accept(o, new PaymentVoided("o1", "p1", "mistake"));
        assertThat(refused(unpaid, new OrderVoided("o1", "x"), null)).isEqualTo(RejectionReason.APPROVAL_REQUIRED);
        assertThat(rules.decide(unpaid, new OrderVoided("o1", "x"), MANAGER).orThrow().voidReason()).isEqualTo("x");
    }

    @Test
    void paymentVoidsNeedAKnownActivePayment() {
        Order o = accept(openOrder(), line("a", 1000, 1, 0, false), PaymentAdded.cash("o1", "p1", "s1", 500, 0, 500));
        assertThat(refused(o, new PaymentVoided("o1", "zz", "x"), null)).isEqualTo(RejectionReason.UNKNOWN_PAYMENT);
        Order voided = accept(o, new PaymentVoided("o1", "p1", "declined"));
        assertThat(rules.totals(voided).paid()).isZero();
        assertThat(refused(voided, new PaymentVoided("o1", "p1", "x"), null)).isEqualTo(RejectionReason.PAYMENT_VOIDED);
    }

    @Test
    void closingNeedsTheBalancePaid() {
        Order o = accept(openOrder(), line("a", 1000, 1, 0, false), PaymentAdded.cash("o1", "p1", "s1", 400, 0, 400));
        assertThat(refused(o, new OrderClosed("o1"), null)).isEqualTo(RejectionReason.BALANCE_DUE);
    }

    @Test
    void refundsNeedAClosedOrderAManagerAndNoMoreThanWasPaid() {
        Order open = accept(openOrder(), line("a", 1000, 1, 0, false), PaymentAdded.cash("o1", "p1", "s1", 1000, 0,
                1000));
        OrderRefunded refund = new OrderRefunded("o1", "r1", "s1", TenderType.CASH, 400, List.of(), "cold");
        assertThat(refused(open, refund, MANAGER)).isEqualTo(RejectionReason.ORDER_NOT_CLOSED);
        Order closed = accept(open, new OrderClosed("o1"));
        assertThat(refused(closed, refund, null)).isEqualTo(RejectionReason.APPROVAL_REQUIRED);
        Order refunded = rules.decide(closed, refund, MANAGER).orThrow();
        assertThat(refused(refunded, refund, MANAGER)).isEqualTo(RejectionReason.DUPLICATE_ID);
        assertThat(refused(refunded, new OrderRefunded("o1", "r2", "s1", TenderType.CASH, 601, List.of(), "more"),
                MANAGER)).isEqualTo(RejectionReason.OVER_REFUND);
        assertThat(refused(refunded, new OrderRefunded("o1", "r3", "s1", TenderType.CASH, 100, List.of("zz"), "x"),
                MANAGER)).isEqualTo(RejectionReason.UNKNOWN_LINE);
        assertThat(rules.decide(refunded, new OrderRefunded("o1", "r4", "s1", TenderType.CASH, 600, List.of(), "rest"),
                MANAGER).isAccepted()).isTrue();
    }

    @Test
    void replayIgnoresEventsThatDoNotFit() {
        LineAdded a = line("a", 100, 1, 0, false);
        Order o = Order.replay(List.of(opened("o1"), a, a, new LineVoided("o1", "nope", "x")));
        assertThat(o.lines()).hasSize(1);
    }
}

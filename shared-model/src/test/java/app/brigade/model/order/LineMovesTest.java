package app.brigade.model.order;

import static org.assertj.core.api.Assertions.assertThat;

import app.brigade.model.catalog.StoreSettings;
import app.brigade.model.catalog.TaxRounding;
import app.brigade.model.event.DiscountApplied;
import app.brigade.model.event.DiscountKind;
import app.brigade.model.event.EventPayload;
import app.brigade.model.event.FiredTicket;
import app.brigade.model.event.LineAdded;
import app.brigade.model.event.LineModifier;
import app.brigade.model.event.LineQuantityChanged;
import app.brigade.model.event.LineVoided;
import app.brigade.model.event.LinesMovedIn;
import app.brigade.model.event.LinesMovedOut;
import app.brigade.model.event.MovedLine;
import app.brigade.model.event.OrderClosed;
import app.brigade.model.event.OrderEvent;
import app.brigade.model.event.OrderFired;
import app.brigade.model.event.OrderOpened;
import app.brigade.model.event.OrderType;
import app.brigade.model.event.PaymentAdded;
import app.brigade.model.event.TicketLine;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LineMovesTest {

    private static final String MANAGER = "emp-maria";
    private final OrderRules rules = new OrderRules(Orders.STORE);

    private static LineAdded seated(String lineId, long price, int seat, int rateBp, boolean inclusive) {
        return new LineAdded("o1", lineId, "item-" + lineId, "Item " + lineId, "cat", price, 1, "tax", rateBp,
                inclusive, List.of("grill"), List.of(new LineModifier("extras", "m-" + lineId, "Extra", 40)), seat, 1,
                "note " + lineId);
    }

    private static OrderFired fired(String ticketId, String... lineIds) {
        List<TicketLine> lines = Stream.of(lineIds).map(id -> new TicketLine(id, "Item " + id, 1, List.of(), "", 0, 1))
                .toList();
        return new OrderFired("o1", "A-001", OrderType.DINE_IN, "Table 1", "Carl", 1_000L, false, List.of(lineIds),
                List.of(new FiredTicket(ticketId, "grill", lines)));
    }

    private static OrderOpened second(String orderId) {
        return new OrderOpened(orderId, "A-002", OrderType.DINE_IN, "t1", 0, "emp-carl", "EUR");
    }

    /** Seat 1: a (12.90, 7% added), b (3.50, 19% incl.); seat 2: c (8.90, 7% added, 10% off), d (2.50 incl.). */
    private Order table(OrderRules r) {
        Order o = r.decide(null, Orders.opened("o1"), null).orThrow();
        for (OrderEvent e : List.<OrderEvent>of(seated("a", 1290, 1, 700, false), seated("b", 350, 1, 1900, true),
                seated("c", 890, 2, 700, false), seated("d", 250, 2, 1900, true),
                new LineQuantityChanged("o1", "d", 3), fired("tk1", "a", "c"),
                new DiscountApplied("o1", "disc-c", "c", DiscountKind.PERCENT, 1000, 0, "cold"))) {
            o = r.decide(o, e, e instanceof DiscountApplied ? MANAGER : null).orThrow();
        }
        return o;
    }

    /** Decides the events of a split like the store does: open the new check, then both halves. */
    private Order[] split(OrderRules r, Order source, List<String> lineIds) {
        LineMoves.Move move = LineMoves.move(source, "o2", lineIds).orThrow();
        Order target = r.decide(null, second("o2"), null).orThrow();
        assertThat(LineMoves.checkInBatch(source, move.out(), move.events())).isEmpty();
        assertThat(LineMoves.checkInBatch(target, move.in(), move.events())).isEmpty();
        return new Order[] {r.decide(source, move.out(), null).orThrow(), r.decide(target, move.in(), null).orThrow()};
    }

    private RejectionReason refused(Order o, OrderEvent e) {
        Outcome<Order> outcome = rules.decide(o, e, null);
        assertThat(outcome).isInstanceOf(Outcome.Rejected.class);
        Rejection r = ((Outcome.Rejected<Order>) outcome).rejection();
        assertThat(r.message()).isNotBlank();
        return r.reason();
    }

    @Test
    void seatsAndTheirLinesAreTheLiveOnes() {
        Order o = rules.decide(table(rules), new LineVoided("o1", "b", "spilled"), null).orThrow();
        assertThat(LineMoves.seats(o)).containsExactly(1, 2);
        assertThat(LineMoves.seatLineIds(o, 1)).containsExactly("a");
        assertThat(LineMoves.seatLineIds(o, 2)).containsExactly("c", "d");
        assertThat(LineMoves.seatLineIds(o, 3)).isEmpty();
    }

    @Test
    void splittingBySeatMovesTheLinesWithTheirWholeState() {
        Order original = table(rules);
        Order[] after = split(rules, original, LineMoves.seatLineIds(original, 2));

        Order source = after[0];
        Order target = after[1];
        assertThat(source.lines()).extracting(OrderLine::lineId).containsExactly("a", "b");
        assertThat(source.discounts()).as("the line discount left with its line").isEmpty();
        assertThat(target.lines()).extracting(OrderLine::lineId).containsExactly("c", "d");
        OrderLine c = target.line("c").orElseThrow();
        OrderLine d = target.line("d").orElseThrow();
        assertThat(c.fired()).isTrue();
        assertThat(c.ticketIds()).containsExactly("tk1");
        assertThat(c.added()).isEqualTo(original.line("c").orElseThrow().added().withOrderId("o2"));
        assertThat(c.added().note()).isEqualTo("note c");
        assertThat(c.added().seat()).isEqualTo(2);
        assertThat(c.added().modifiers()).extracting(LineModifier::name).containsExactly("Extra");
        assertThat(d.quantity()).as("the changed quantity, not the one rung up").isEqualTo(3);
        assertThat(d.fired()).isFalse();
        assertThat(target.discounts()).singleElement().satisfies(disc -> {
            assertThat(disc.discount().discountId()).isEqualTo("disc-c");
            assertThat(disc.discount().orderId()).isEqualTo("o2");
            assertThat(disc.approverId()).isEqualTo(MANAGER);
        });
        assertThat(target.anyFired()).isTrue();
        assertThat(target.fireCount()).as("no kitchen send happened on the new check").isZero();
    }

    static Stream<StoreSettings> stores() {
        return Stream.of(Orders.STORE, Orders.store(TaxRounding.PER_LINE, RoundingMode.HALF_EVEN, 5),
                Orders.store(TaxRounding.PER_ORDER, RoundingMode.HALF_UP, 1));
    }

    @ParameterizedTest
    @MethodSource("stores")
    void theTwoChecksTogetherCostWhatTheOriginalDid(StoreSettings store) {
        OrderRules r = new OrderRules(store);
        Order original = table(r);
        Order[] after = split(r, original, List.of("b", "c"));

        OrderTotals whole = r.totals(original);
        OrderTotals source = r.totals(after[0]);
        OrderTotals target = r.totals(after[1]);
        assertThat(source.subtotal() + target.subtotal()).isEqualTo(whole.subtotal());
        assertThat(source.discounts() + target.discounts()).isEqualTo(whole.discounts());
        if (store.taxRounding() == TaxRounding.PER_LINE) {
            assertThat(source.exclusiveTax() + target.exclusiveTax()).isEqualTo(whole.exclusiveTax());
            assertThat(source.inclusiveTax() + target.inclusiveTax()).isEqualTo(whole.inclusiveTax());
            assertThat(source.total() + target.total()).isEqualTo(whole.total());
        } else {
            // Each check is its own receipt and rounds its tax once per rate: at most a cent per rate apart.
            assertThat(Math.abs(source.total() + target.total() - whole.total())).isLessThanOrEqualTo(2);
        }
    }

    @Test
    void aSplitCheckIsPaidAndClosedOnItsOwn() {
        Order[] after = split(rules, table(rules), List.of("c", "d"));
        Order target = after[1];
        long due = rules.totals(target).due();
        target = rules.decide(target, PaymentAdded.cash("o2", "p2", "s1", due, 0, due), null).orThrow();
        target = rules.decide(target, new OrderClosed("o2"), null).orThrow();

        assertThat(target.status()).isEqualTo(OrderStatus.CLOSED);
        assertThat(after[0].status()).isEqualTo(OrderStatus.OPEN);
        assertThat(rules.totals(after[0]).due()).isPositive();
    }

    @Test
    void linesCanMoveOntoAnExistingOpenCheckAndBack() {
        Order original = table(rules);
        Order[] there = split(rules, original, List.of("d"));
        LineMoves.Move back = LineMoves.move(there[1], "o1", List.of("d")).orThrow();
        Order home = rules.decide(there[0], back.in(), null).orThrow();

        assertThat(rules.decide(there[1], back.out(), null).isAccepted())
                .as("taking the only line off o2 would empty it").isFalse();
        assertThat(home.line("d").orElseThrow().quantity()).isEqualTo(3);
        assertThat(rules.totals(home).total()).isEqualTo(rules.totals(original).total());
    }

    @Test
    void replayingAMoveTwiceChangesNothing() {
        Order original = table(rules);
        LineMoves.Move move = LineMoves.move(original, "o2", List.of("c")).orThrow();
        Order target = Order.open(second("o2")).apply(move.in(), null);

        assertThat(target.apply(move.in(), null)).isEqualTo(target);
        Order source = original.apply(move.out(), null);
        assertThat(source.apply(move.out(), null)).isEqualTo(source);
        assertThat(Order.replay(List.of(second("o2"), move.in(), move.in()))).isEqualTo(target);
    }

    @Test
    void onlyOpenChecksWithLiveLinesAndNoCheckDiscountCanBeSplit() {
        Order o = table(rules);
        assertThat(refused(o, new LinesMovedOut("o1", "o2", List.of()))).isEqualTo(RejectionReason.NOTHING_TO_MOVE);
        assertThat(refused(o, new LinesMovedOut("o1", "o1", List.of("a")))).isEqualTo(RejectionReason.SAME_CHECK);
        assertThat(refused(o, new LinesMovedOut("o1", "o2", List.of("zz")))).isEqualTo(RejectionReason.UNKNOWN_LINE);
        assertThat(refused(o, new LinesMovedOut("o1", "o2", List.of("a", "a"))))
                .isEqualTo(RejectionReason.UNKNOWN_LINE);
        assertThat(refused(o, new LinesMovedOut("o1", "o2", List.of("a", "b", "c", "d"))))
                .isEqualTo(RejectionReason.WOULD_EMPTY_CHECK);

        Order voidedB = rules.decide(o, new LineVoided("o1", "b", "spilled"), null).orThrow();
        assertThat(refused(voidedB, new LinesMovedOut("o1", "o2", List.of("b"))))
                .isEqualTo(RejectionReason.LINE_VOIDED);
        assertThat(LineMoves.move(voidedB, "o2", List.of("b")).isAccepted()).isFalse();
        assertThat(refused(voidedB, new LinesMovedOut("o1", "o2", List.of("a", "c", "d"))))
                .as("the voided line does not count as something left on the check")
                .isEqualTo(RejectionReason.WOULD_EMPTY_CHECK);

        Order discounted = rules.decide(o, new DiscountApplied("o1", "d-all", null, DiscountKind.PERCENT, 1000, 0,
                "regular"), MANAGER).orThrow();
        assertThat(refused(discounted, new LinesMovedOut("o1", "o2", List.of("a"))))
                .isEqualTo(RejectionReason.CHECK_DISCOUNTED);

        long due = rules.totals(o).due();
        Order closed = rules.decide(rules.decide(o, PaymentAdded.cash("o1", "p1", "s1", due, 0, due), null).orThrow(),
                new OrderClosed("o1"), null).orThrow();
        assertThat(refused(closed, new LinesMovedOut("o1", "o2", List.of("a"))))
                .isEqualTo(RejectionReason.ORDER_CLOSED);
    }

    @Test
    void paymentsMayStayOnlyWhenWhatRemainsCoversThem() {
        Order o = table(rules);
        long onSeat1 = rules.totals(split(rules, o, LineMoves.seatLineIds(o, 2))[0]).total();
        Order partlyPaid = rules.decide(o, PaymentAdded.cash("o1", "p1", "s1", onSeat1, 0, onSeat1), null).orThrow();
        assertThat(split(rules, partlyPaid, LineMoves.seatLineIds(o, 2))[0].activePayments()).hasSize(1);

        Order paidMore = rules.decide(o, PaymentAdded.cash("o1", "p1", "s1", onSeat1 + 1, 0, onSeat1 + 1), null)
                .orThrow();
        Outcome<Order> outcome = rules.decide(paidMore, new LinesMovedOut("o1", "o2", LineMoves.seatLineIds(o, 2)),
                null);
        assertThat(outcome).isInstanceOf(Outcome.Rejected.class);
        Rejection r = ((Outcome.Rejected<Order>) outcome).rejection();
        assertThat(r.reason()).isEqualTo(RejectionReason.HAS_PAYMENTS);
        assertThat(r.message()).contains("A-001").contains("void a payment");
    }

    @Test
    void theReceivingCheckRefusesDuplicatesBadLinesAndACheckDiscount() {
        Order source = table(rules);
        LineMoves.Move move = LineMoves.move(source, "o2", List.of("a")).orThrow();
        Order target = rules.decide(null, second("o2"), null).orThrow();
        Order withA = rules.decide(target, move.in(), null).orThrow();
        assertThat(refused(withA, move.in())).isEqualTo(RejectionReason.DUPLICATE_ID);
        assertThat(refused(target, new LinesMovedIn("o2", "o2", move.in().lines())))
                .isEqualTo(RejectionReason.SAME_CHECK);
        assertThat(refused(target, new LinesMovedIn("o2", "o1", List.of()))).isEqualTo(RejectionReason.NOTHING_TO_MOVE);
        MovedLine zero = new MovedLine(seated("x", 100, 1, 700, false), 0, false, List.of(), List.of());
        assertThat(refused(target, new LinesMovedIn("o2", "o1", List.of(zero))))
                .isEqualTo(RejectionReason.INVALID_QUANTITY);
        Order discounted = rules.decide(target, new DiscountApplied("o2", "d-all", null, DiscountKind.AMOUNT, 0, 100,
                "birthday"), MANAGER).orThrow();
        assertThat(refused(discounted, move.in())).isEqualTo(RejectionReason.CHECK_DISCOUNTED);
    }

    @Test
    void bothHalvesMustBeInTheSameCallAndDescribeTheLinesAsTheyStand() {
        Order source = table(rules);
        LineMoves.Move move = LineMoves.move(source, "o2", List.of("c")).orThrow();

        assertThat(LineMoves.checkInBatch(source, move.out(), List.of(move.out())))
                .hasValueSatisfying(r -> assertThat(r.reason()).isEqualTo(RejectionReason.MOVE_UNPAIRED));
        assertThat(LineMoves.checkInBatch(null, move.in(), List.of(move.in())))
                .hasValueSatisfying(r -> assertThat(r.reason()).isEqualTo(RejectionReason.MOVE_UNPAIRED));

        MovedLine cheaper = new MovedLine(move.in().lines().getFirst().added(), 1, false, List.of(), List.of());
        LinesMovedIn forged = new LinesMovedIn("o2", "o1", List.of(cheaper));
        assertThat(LineMoves.checkInBatch(source, move.out(), List.<EventPayload>of(move.out(), forged)))
                .hasValueSatisfying(r -> assertThat(r.message()).contains("does not match"));

        LinesMovedIn other = LineMoves.move(source, "o2", List.of("d")).orThrow().in();
        assertThat(LineMoves.checkInBatch(source, move.out(), List.<EventPayload>of(move.out(), other)))
                .hasValueSatisfying(r -> assertThat(r.reason()).isEqualTo(RejectionReason.MOVE_UNPAIRED));

        List<EventPayload> twice = new ArrayList<>(move.events());
        twice.add(move.in());
        assertThat(LineMoves.checkInBatch(source, move.out(), twice)).isPresent();
        assertThat(LineMoves.checkInBatch(source, Orders.line("z", 1, 1, 0, false), List.of())).isEmpty();
    }

    @Test
    void aFiredLineKeepsTheTicketsItWasSentOn() {
        Order o = table(rules);
        assertThat(o.line("a").orElseThrow().ticketIds()).containsExactly("tk1");
        assertThat(o.line("b").orElseThrow().ticketIds()).isEmpty();
        assertThat(o.line("b").orElseThrow().fired()).isFalse();
    }
}

package app.brigade.reports.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.brigade.model.event.DiscountApplied;
import app.brigade.model.event.DiscountKind;
import app.brigade.model.event.EventPayload;
import app.brigade.model.event.LineAdded;
import app.brigade.model.event.OrderClosed;
import app.brigade.model.event.OrderEvent;
import app.brigade.model.event.OrderFired;
import app.brigade.model.event.OrderOpened;
import app.brigade.model.event.OrderType;
import app.brigade.model.event.PaymentAdded;
import app.brigade.model.event.ShiftOpened;
import app.brigade.model.order.LineFactory;
import app.brigade.model.order.LineMoves;
import app.brigade.model.order.LineRequest;
import app.brigade.model.order.Order;
import app.brigade.model.order.OrderRules;
import app.brigade.model.protocol.Event;
import app.brigade.model.protocol.EventFactory;
import app.brigade.model.protocol.HlcClock;
import app.brigade.model.protocol.UuidV7;
import app.brigade.reports.ScriptedDay;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * A table of two on the demo restaurant, split by seat before paying:
 * <pre>
 * seat 1: Tomato Soup 5.90 (7% added → 0.41) + Cola 3.50 (19% incl.)           = 9.81
 * seat 2: Fish &amp; Chips 16.50, 2.00 off (line discount) → 14.50 (+1.02) + Espresso 2.50 = 18.02
 * gross 28.40 once, discounts 2.00 once, 2 orders, 4 items.
 * </pre>
 */
class SplitCheckReportTest {

    private final AtomicLong clock = new AtomicLong();
    private final EventFactory factory = new EventFactory("pos-1", new UuidV7(clock::get), new HlcClock(clock::get));
    private final LineFactory lines = new LineFactory(ScriptedDay.CATALOG);
    private final OrderRules rules = new OrderRules(ScriptedDay.CATALOG.settings());
    private final List<Event> events = new ArrayList<>();
    private final ReportCalculator calculator = new ReportCalculator(ScriptedDay.CATALOG);
    private final ReportPeriod day = ReportPeriod.businessDay(ScriptedDay.DAY, ScriptedDay.ZONE);
    private Order table = null;
    private Order split = null;

    private void rec(String time, String approver, EventPayload... payloads) {
        clock.set(ScriptedDay.DAY.atTime(LocalTime.parse(time)).atZone(ScriptedDay.ZONE).toInstant().toEpochMilli());
        for (EventPayload p : payloads) {
            Event e = factory.create(events.size() + 1, p, "emp-carl", approver);
            events.add(e);
            if (p instanceof OrderEvent oe) {
                if (oe.orderId().equals("o-a")) {
                    table = rules.decide(table, oe, approver).orThrow();
                } else {
                    split = rules.decide(split, oe, approver).orThrow();
                }
            }
        }
    }

    private LineAdded line(String lineId, String itemName, int seat) {
        String itemId = ScriptedDay.CATALOG.items().stream().filter(i -> i.name().equals(itemName)).findFirst()
                .orElseThrow().id();
        return lines.line("o-a", lineId, new LineRequest(itemId, 1, List.of(), seat, 0, "")).orThrow();
    }

    /** Opens the table, fires the food, discounts the fish and splits seat 2 off at 12:30. */
    private void tableSplitBySeat() {
        rec("11:00", null, new ShiftOpened("s1", "emp-carl", 10_000, "EUR"));
        rec("12:00", null, new OrderOpened("o-a", "A-001", OrderType.DINE_IN, "t4", 2, "emp-carl", "EUR"),
                line("soup", "Tomato Soup", 1), line("cola", "Cola", 1), line("fish", "Fish & Chips", 2),
                line("esp", "Espresso", 2),
                new OrderFired("o-a", "A-001", OrderType.DINE_IN, "Table 4", "Carl", 0, false,
                        List.of("soup", "fish"), List.of()));
        rec("12:10", "emp-maria", new DiscountApplied("o-a", "d-fish", "fish", DiscountKind.AMOUNT, 0, 200, "slow"));
        LineMoves.Move move = LineMoves.move(table, "o-b", LineMoves.seatLineIds(table, 2)).orThrow();
        rec("12:30", null, new OrderOpened("o-b", "A-002", OrderType.DINE_IN, "t4", 0, "emp-carl", "EUR"),
                move.out(), move.in());
    }

    private void pay(String time, String orderId) {
        Order o = orderId.equals("o-a") ? table : split;
        long due = rules.totals(o).due();
        rec(time, null, PaymentAdded.cash(orderId, "p-" + orderId, "s1", due, 0, due), new OrderClosed(orderId));
    }

    private ReportData report() {
        return calculator.compute(day, "POS-1", events, Instant.parse("2026-11-20T20:00:00Z"), 1);
    }

    @Test
    void bothChecksPaidCountEveryLineAndDiscountOnce() {
        tableSplitBySeat();
        pay("13:00", "o-b");
        pay("13:05", "o-a");

        ReportData r = report();

        assertThat(r.orders()).isEqualTo(2);
        assertThat(r.guests()).as("covers stay on the original check").isEqualTo(2);
        assertThat(r.gross()).isEqualTo(590 + 350 + 1_650 + 250);
        assertThat(r.discounts()).isEqualTo(200);
        assertThat(r.exclusiveTax()).isEqualTo(41 + 102);
        assertThat(r.items()).extracting(Rows.Sales::name, Rows.Sales::quantity, Rows.Sales::orders)
                .containsExactlyInAnyOrder(
                        tuple("Tomato Soup", 1L, 1L),
                        tuple("Cola", 1L, 1L),
                        tuple("Fish & Chips", 1L, 1L),
                        tuple("Espresso", 1L, 1L));
        assertThat(r.lines()).extracting(Rows.Line::orderNumber, Rows.Line::item).containsExactlyInAnyOrder(
                tuple("A-001", "Tomato Soup"),
                tuple("A-001", "Cola"),
                tuple("A-002", "Fish & Chips"),
                tuple("A-002", "Espresso"));
        assertThat(r.discountRows()).singleElement().satisfies(d -> {
            assertThat(d.orderNumber()).isEqualTo("A-002");
            assertThat(d.amount()).isEqualTo(200);
            assertThat(d.approver()).isEqualTo("Maria");
            assertThat(d.at()).isEqualTo(ScriptedDay.DAY.atTime(12, 10).atZone(ScriptedDay.ZONE).toInstant());
        });
        assertThat(r.tenders()).singleElement().satisfies(t -> assertThat(t.amount()).isEqualTo(981 + 1_802));
    }

    @Test
    void aMovedLineCountsInTheCheckThatIsPaidAndNotInTheOneItLeft() {
        tableSplitBySeat();
        pay("13:05", "o-a");

        ReportData r = report();

        assertThat(r.orders()).isEqualTo(1);
        assertThat(r.gross()).as("seat 2's check is still open").isEqualTo(590 + 350);
        assertThat(r.discounts()).isZero();
        assertThat(r.items()).extracting(Rows.Sales::name).containsExactlyInAnyOrder("Tomato Soup", "Cola");
    }
}

package app.brigade.store.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.brigade.model.event.DiscountApplied;
import app.brigade.model.event.DiscountKind;
import app.brigade.model.event.EventPayload;
import app.brigade.model.event.FiredTicket;
import app.brigade.model.event.LineAdded;
import app.brigade.model.event.LineVoided;
import app.brigade.model.event.LinesMovedIn;
import app.brigade.model.event.MovedLine;
import app.brigade.model.event.OrderClosed;
import app.brigade.model.event.OrderFired;
import app.brigade.model.event.OrderOpened;
import app.brigade.model.event.OrderType;
import app.brigade.model.event.OrderVoided;
import app.brigade.model.event.TicketBumped;
import app.brigade.model.event.TicketLine;
import app.brigade.model.kitchen.KitchenTicket;
import app.brigade.model.kitchen.TicketItem;
import app.brigade.model.order.LineMoves;
import app.brigade.model.order.OrderLine;
import app.brigade.model.order.OrderStatus;
import app.brigade.model.order.OrderTotals;
import app.brigade.model.order.RejectionReason;
import app.brigade.model.protocol.Event;
import app.brigade.store.query.OrderView;
import app.brigade.store.query.TicketView;
import app.brigade.store.recovery.DatabaseState;
import app.brigade.store.testkit.ProjectionDump;
import app.brigade.store.testkit.Sales;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Split checks through the real store: one atomic record call, projections, kitchen, replay and sync. */
class SplitCheckStoreTest {

    private static final String SOURCE = "ord-table-4";
    private static final String TARGET = "ord-table-4-b";

    @TempDir
    Path dir;

    private static LineAdded seated(String lineId, String name, long price, int seat) {
        return new LineAdded(SOURCE, lineId, "item-" + name, name, "cat-mains", price, 1, "tax-std", 1000, true,
                List.of("grill"), List.of(), seat, 1, "");
    }

    /** A table of two: seat 1 has l1 and l2, seat 2 has l3 (with a line discount) and l4; l1 and l3 are sent. */
    private static void table(Store store) {
        String number = store.nextOrderNumber();
        store.record(Sales.CASHIER, null, new OrderOpened(SOURCE, number, OrderType.DINE_IN, "t4", 2, Sales.CASHIER,
                "EUR"), seated("l1", "Soup", 590, 1), seated("l2", "Cola", 350, 1), seated("l3", "Steak", 2690, 2),
                seated("l4", "Water", 300, 2)).events();
        store.record(Sales.CASHIER, null, new OrderFired(SOURCE, number, OrderType.DINE_IN, "Table 4", "Ann", 1_000L,
                false, List.of("l1", "l3"), List.of(new FiredTicket("tk-grill", "grill", List.of(
                        new TicketLine("l1", "Soup", 1, List.of(), "", 1, 1),
                        new TicketLine("l3", "Steak", 1, List.of(), "", 2, 1)))))).events();
        store.record(Sales.CASHIER, Sales.MANAGER, new DiscountApplied(SOURCE, "disc-l3", "l3", DiscountKind.AMOUNT,
                0, 190, "overcooked")).events();
    }

    /** What the POS records for "split seat 2 onto a new check": open it, then both halves, in one call. */
    private static List<EventPayload> splitSeat(Store store, int seat) {
        var source = store.order(SOURCE).orElseThrow().order();
        LineMoves.Move move = LineMoves.move(source, TARGET, LineMoves.seatLineIds(source, seat)).orThrow();
        List<EventPayload> payloads = new ArrayList<>();
        payloads.add(new OrderOpened(TARGET, store.nextOrderNumber(), OrderType.DINE_IN, "t4", 0, Sales.CASHIER,
                "EUR"));
        payloads.addAll(move.events());
        return payloads;
    }

    @Test
    void splittingBySeatMovesTheLinesToANewOpenCheckInOneCall() {
        try (Store store = Store.open(Sales.options(dir))) {
            table(store);
            OrderTotals before = store.order(SOURCE).orElseThrow().totals();
            long seqBefore = store.lastDeviceSeq();

            List<Event> events = store.record(Sales.CASHIER, null, splitSeat(store, 2)).events();

            assertThat(events).extracting(Event::type).containsExactly("OrderOpened", "LinesMovedOut", "LinesMovedIn");
            assertThat(store.lastDeviceSeq()).isEqualTo(seqBefore + 3);
            OrderView source = store.order(SOURCE).orElseThrow();
            OrderView target = store.order(TARGET).orElseThrow();
            assertThat(source.order().lines()).extracting(OrderLine::lineId).containsExactly("l1", "l2");
            assertThat(target.order().lines()).extracting(OrderLine::lineId).containsExactly("l3", "l4");
            assertThat(target.order().line("l3").orElseThrow().fired()).isTrue();
            assertThat(target.order().discounts()).singleElement()
                    .satisfies(d -> assertThat(d.approverId()).isEqualTo(Sales.MANAGER));
            assertThat(source.totals().total()).isEqualTo(590 + 350);
            assertThat(target.totals().total()).isEqualTo(2690 - 190 + 300);
            assertThat(source.totals().total() + target.totals().total()).isEqualTo(before.total());
            assertThat(store.openOrders()).extracting(v -> v.order().id()).containsExactly(SOURCE, TARGET);
        }
    }

    @Test
    void theProjectedRowsSayWhereEachLineWentAndTheKitchenIsUnchanged() throws Exception {
        try (Store store = Store.open(Sales.options(dir))) {
            table(store);
            List<TicketView> kitchenBefore = store.tickets("grill");
            store.record(Sales.CASHIER, null, splitSeat(store, 2)).events();
            assertThat(store.tickets("grill")).isEqualTo(kitchenBefore);
        }
        assertThat(ProjectionDump.number(dir, "SELECT COUNT(*) FROM ORDER_LINE WHERE ORDER_ID = '" + SOURCE
                + "' AND MOVED_TO = '" + TARGET + "'")).isEqualTo(2);
        assertThat(ProjectionDump.number(dir, "SELECT COUNT(*) FROM ORDER_LINE WHERE ORDER_ID = '" + TARGET
                + "' AND MOVED_FROM = '" + SOURCE + "' AND MOVED_TO IS NULL")).isEqualTo(2);
        assertThat(ProjectionDump.number(dir, "SELECT COUNT(*) FROM ORDER_LINE WHERE ORDER_ID = '" + TARGET
                + "' AND LINE_ID = 'l3' AND FIRED AND TICKET_IDS = 'tk-grill'")).isEqualTo(1);
        assertThat(ProjectionDump.number(dir, "SELECT COUNT(*) FROM ORDER_DISCOUNT WHERE ORDER_ID = '" + TARGET
                + "' AND DISCOUNT_ID = 'disc-l3' AND APPROVER_ID = '" + Sales.MANAGER + "'")).isEqualTo(1);
    }

    @Test
    void halfASplitOrAForgedOneRecordsNothing() {
        try (Store store = Store.open(Sales.options(dir))) {
            table(store);
            long seq = store.lastDeviceSeq();
            List<EventPayload> split = splitSeat(store, 2);

            RecordResult onlyOut = store.record(Sales.CASHIER, null, split.subList(0, 2));
            LinesMovedIn in = (LinesMovedIn) split.get(2);
            MovedLine l3 = in.lines().getFirst();
            LinesMovedIn cheaper = new LinesMovedIn(TARGET, SOURCE, List.of(new MovedLine(l3.added(), l3.quantity(),
                    false, List.of(), List.of()), in.lines().get(1)));
            RecordResult forged = store.record(Sales.CASHIER, null, split.get(0), split.get(1), cheaper);

            for (RecordResult r : List.of(onlyOut, forged)) {
                assertThat(r).isInstanceOfSatisfying(RecordResult.Rejected.class,
                        x -> assertThat(x.rejection().reason()).isEqualTo(RejectionReason.MOVE_UNPAIRED));
            }
            assertThat(store.lastDeviceSeq()).isEqualTo(seq);
            assertThat(store.order(SOURCE).orElseThrow().order().lines()).hasSize(4);
            assertThat(store.order(TARGET)).isEmpty();
        }
    }

    @Test
    void aSplitCheckWithAPaymentBeyondWhatRemainsIsRefused() {
        try (Store store = Store.open(Sales.options(dir))) {
            table(store);
            store.record(Sales.CASHIER, null, Sales.shift("shift-1")).events();
            store.record(Sales.CASHIER, null, Sales.cash(SOURCE, "shift-1", 1000)).events();

            RecordResult r = store.record(Sales.CASHIER, null, splitSeat(store, 2));

            assertThat(r).isInstanceOfSatisfying(RecordResult.Rejected.class, x -> {
                assertThat(x.rejection().reason()).isEqualTo(RejectionReason.HAS_PAYMENTS);
                assertThat(x.rejection().message()).contains("already has 10.00 EUR paid", "void a payment");
            });
        }
    }

    @Test
    void eachCheckIsPaidAndClosedOnItsOwnAndTheKitchenFollowsTheLines() {
        try (Store store = Store.open(Sales.options(dir))) {
            table(store);
            store.record(Sales.CASHIER, null, splitSeat(store, 2)).events();
            assertThat(store.order(TARGET).orElseThrow().ready()).isFalse();

            store.record("cook", null, new TicketBumped("tk-grill", SOURCE, "grill")).events();
            assertThat(store.order(SOURCE).orElseThrow().ready()).isTrue();
            assertThat(store.order(TARGET).orElseThrow().ready()).as("its steak is on the bumped ticket").isTrue();

            store.record(Sales.CASHIER, null, Sales.shift("shift-1")).events();
            long due = store.order(TARGET).orElseThrow().totals().due();
            store.record(Sales.CASHIER, null, Sales.cash(TARGET, "shift-1", due), new OrderClosed(TARGET)).events();
            assertThat(store.order(TARGET).orElseThrow().order().status()).isEqualTo(OrderStatus.CLOSED);
            assertThat(store.order(SOURCE).orElseThrow().order().status()).isEqualTo(OrderStatus.OPEN);
            assertThat(store.openOrders()).extracting(v -> v.order().id()).containsExactly(SOURCE);
        }
    }

    @Test
    void voidingOneOfTheChecksLeavesTheOthersFoodOnTheTicket() {
        try (Store store = Store.open(Sales.options(dir))) {
            table(store);
            store.record(Sales.CASHIER, null, splitSeat(store, 2)).events();

            store.record(Sales.CASHIER, Sales.MANAGER, new OrderVoided(SOURCE, "seat 1 left")).events();
            KitchenTicket ticket = store.tickets("grill").getFirst().ticket();
            assertThat(ticket.cancelled()).as("seat 2's steak is still wanted").isFalse();
            assertThat(ticket.items()).filteredOn(TicketItem::voided).extracting(i -> i.line().lineId())
                    .containsExactly("l1");

            store.record(Sales.CASHIER, Sales.MANAGER, new LineVoided(TARGET, "l3", "guest left")).events();
            assertThat(store.tickets("grill").getFirst().ticket().items()).allMatch(TicketItem::voided);
        }
    }

    @Test
    void voidingTheNewCheckCancelsNothingTheOldOneStillWants() {
        try (Store store = Store.open(Sales.options(dir))) {
            table(store);
            store.record(Sales.CASHIER, null, splitSeat(store, 2)).events();

            store.record(Sales.CASHIER, Sales.MANAGER, new OrderVoided(TARGET, "seat 2 left")).events();
            KitchenTicket ticket = store.tickets("grill").getFirst().ticket();
            assertThat(ticket.cancelled()).isFalse();
            assertThat(ticket.items()).filteredOn(TicketItem::voided).extracting(i -> i.line().lineId())
                    .containsExactly("l3");
        }
    }

    @Test
    void theJournalRebuildsTheSameRowsAndAnotherTerminalFoldsTheSameChecks() throws Exception {
        List<Event> all;
        Map<String, OrderView> live;
        try (Store store = Store.open(Sales.options(dir.resolve("a")))) {
            table(store);
            store.record(Sales.CASHIER, null, splitSeat(store, 2)).events();
            store.record(Sales.CASHIER, null, LineMoves.move(store.order(TARGET).orElseThrow().order(), SOURCE,
                    List.of("l4")).orThrow().events().toArray(EventPayload[]::new)).events();
            live = Map.of(SOURCE, store.order(SOURCE).orElseThrow(), TARGET, store.order(TARGET).orElseThrow());
            all = store.events();
        }
        assertThat(live.get(SOURCE).order().lines()).extracting(OrderLine::lineId).containsExactly("l1", "l2", "l4");
        Map<String, List<String>> rows = ProjectionDump.of(dir.resolve("a"));

        Files.delete(dir.resolve("a").resolve("db").resolve("brigade.mv.db"));
        try (Store store = Store.open(Sales.options(dir.resolve("a")))) {
            assertThat(store.recoveryReport().database()).isEqualTo(DatabaseState.REBUILT);
            assertThat(store.order(SOURCE)).contains(live.get(SOURCE));
            assertThat(store.order(TARGET)).contains(live.get(TARGET));
        }
        assertThat(ProjectionDump.of(dir.resolve("a"))).isEqualTo(rows);

        try (Store other = Store.open(StoreOptions.defaults(dir.resolve("b"), "pos-2", "B", Sales.SETTINGS))) {
            other.applyRemote(all);
            assertThat(other.order(SOURCE)).contains(live.get(SOURCE));
            assertThat(other.order(TARGET)).contains(live.get(TARGET));
            assertThat(other.flaggedEvents()).isEmpty();
        }
    }
}

package app.brigade.store.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import app.brigade.model.catalog.Role;
import app.brigade.model.event.CashMovement;
import app.brigade.model.event.CashMovementKind;
import app.brigade.model.event.CatalogPublished;
import app.brigade.model.event.DayClosed;
import app.brigade.model.event.DiscountApplied;
import app.brigade.model.event.DiscountKind;
import app.brigade.model.event.EmployeeChanged;
import app.brigade.model.event.LineVoided;
import app.brigade.model.event.OrderClosed;
import app.brigade.model.event.OrderRefunded;
import app.brigade.model.event.OrderTransferred;
import app.brigade.model.event.OrderVoided;
import app.brigade.model.event.PaymentVoided;
import app.brigade.model.event.ShiftClosed;
import app.brigade.model.event.TicketBumped;
import app.brigade.model.event.TicketItemDone;
import app.brigade.model.event.TicketRecalled;
import app.brigade.model.event.UnknownPayload;
import app.brigade.model.catalog.TenderType;
import app.brigade.model.protocol.Event;
import app.brigade.model.protocol.EventFactory;
import app.brigade.model.protocol.HlcClock;
import app.brigade.model.protocol.UuidV7;
import app.brigade.store.api.Store;
import app.brigade.store.api.SyncCursor;
import app.brigade.store.testkit.ProjectionDump;
import app.brigade.store.testkit.Sales;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplayDeterminismTest {

    @TempDir
    Path dir;

    @Test
    void projectionsRebuiltFromTheJournalEqualTheOnesBuiltLive() throws Exception {
        try (Store store = Store.open(Sales.options(dir).withSegmentBytes(8192))) {
            recordAMixedService(store);
        }
        Map<String, List<String>> live = withoutCursors(ProjectionDump.of(dir));
        assertThat(live.get("EVENT_LOG")).hasSizeGreaterThan(40);
        // A rebuild fills event_log without its primary key and makes it at the end (ADR 0019): the
        // comparisons below include every key and index, so a rebuilt file must have them all back.
        assertThat(live.get(ProjectionDump.SCHEMA))
                .anyMatch(r -> r.matches("constraint \\S+ on EVENT_LOG: PRIMARY KEY"))
                .anyMatch(r -> r.equals("index on EVENT_LOG (DEVICE_ID,DEVICE_SEQ): INDEX"));

        Files.delete(dir.resolve("db").resolve("brigade.mv.db"));
        try (Store store = Store.open(Sales.options(dir))) {
            assertThat(store.recoveryReport().database()).isEqualTo(DatabaseState.REBUILT);
        }
        assertThat(withoutCursors(ProjectionDump.of(dir))).isEqualTo(live);

        Files.delete(dir.resolve("db").resolve("brigade.mv.db"));
        try (Store store = Store.open(Sales.options(dir).withReplayBatch(1))) {
            assertThat(store.recoveryReport().eventsReplayed()).isPositive();
        }
        assertThat(withoutCursors(ProjectionDump.of(dir))).as("one event per transaction").isEqualTo(live);
    }

    /** Cursors name server positions; a rebuilt store starts them over (they are not events). */
    private static Map<String, List<String>> withoutCursors(Map<String, List<String>> dump) {
        dump.remove("SYNC_CURSOR");
        for (Entry<String, List<String>> e : dump.entrySet()) {
            if (e.getKey().equals("STORE_STATE")) {
                e.setValue(e.getValue().stream().map(r -> r.replaceAll("ACKED_DEVICE_SEQ=\\d+", "")).toList());
            }
        }
        return dump;
    }

    private static void recordAMixedService(Store store) {
        String shift = "shift-1";
        store.record(Sales.CASHIER, null, Sales.shift(shift)).events();
        store.record(Sales.CASHIER, Sales.MANAGER, Sales.payIn(shift, 2_000)).events();
        for (int i = 0; i < 5; i++) {
            Sales.sell(store, shift, 1 + i).events();
        }
        String o = "ord-mixed";
        String n = store.nextOrderNumber();
        store.record(Sales.CASHIER, null, Sales.opened(o, n), Sales.line(o, "l1", 2), Sales.line(o, "l2", 1),
                Sales.fired(o, n, "l1", 2, "t1")).events();
        store.record("cook", null, new TicketItemDone("t1", o, "l1", true), new TicketBumped("t1", o, "grill"))
                .events();
        store.record("cook", null, new TicketRecalled("t1", o, "grill")).events();
        store.record(Sales.CASHIER, Sales.MANAGER, new LineVoided(o, "l2", "guest changed mind"),
                new DiscountApplied(o, "d1", null, DiscountKind.PERCENT, 1000, 0, "regular"),
                new OrderTransferred(o, "table-7", null)).events();
        var pay = Sales.cash(o, shift, 2250);
        store.record(Sales.CASHIER, null, pay).events();
        store.record(Sales.CASHIER, null, new PaymentVoided(o, pay.paymentId(), "wrong tender")).events();
        store.record(Sales.CASHIER, null, Sales.cash(o, shift, 2250), new OrderClosed(o)).events();
        store.record(Sales.CASHIER, Sales.MANAGER,
                new OrderRefunded(o, "r1", shift, TenderType.CASH, 500, List.of("l1"), "cold fries")).events();
        String v = "ord-void";
        store.record(Sales.CASHIER, null, Sales.opened(v, store.nextOrderNumber()), Sales.line(v, "lv", 1)).events();
        store.record(Sales.CASHIER, null, new OrderVoided(v, "walked out")).events();

        EventFactory kds = new EventFactory("kds-2", UuidV7.systemClock(), new HlcClock(System::currentTimeMillis));
        EventFactory hq = new EventFactory("server", UuidV7.systemClock(), new HlcClock(System::currentTimeMillis));
        List<Event> remote = List.of(
                kds.create(1, Sales.line("ord-from-b", "lb", 1), "emp-b", null),
                kds.create(2, Sales.opened("ord-from-b", "B-001"), "emp-b", null),
                kds.create(3, new TicketBumped("t-unknown", "ord-x", "grill"), "cook-b", null),
                hq.create(1, new EmployeeChanged("emp-zoe", "Zoe", Role.SERVER, true), "admin", null),
                hq.create(2, new CatalogPublished(8, "\"v8\""), "admin", null),
                hq.create(3, new UnknownPayload("GiftCardSold", "gc-1", 1, "{\"amount\":5000}",
                        "unknown event type 'GiftCardSold'"), "admin", null),
                kds.create(4, new PaymentVoided(o, "no-such-payment", "late duplicate"), "emp-b", null));
        store.applyRemote(remote, new SyncCursor("server-feed", 99)).applied();
        store.record(Sales.CASHIER, Sales.MANAGER,
                new CashMovement(shift, "m-out", CashMovementKind.PAY_OUT, 1_500, "supplier"),
                new CashMovement(shift, "m-ns", CashMovementKind.NO_SALE, 0, "change for a 50")).events();
        store.record(Sales.CASHIER, null, new ShiftClosed(shift, 30_000, Map.of())).events();
        store.record(Sales.MANAGER, null, new DayClosed("day-1", "2025-06-01", 1)).events();
        store.markAcknowledged(10);
    }
}

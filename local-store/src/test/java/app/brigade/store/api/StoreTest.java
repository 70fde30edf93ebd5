package app.brigade.store.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.brigade.model.event.OrderClosed;
import app.brigade.model.event.TicketBumped;
import app.brigade.model.order.OrderStatus;
import app.brigade.model.order.RejectionReason;
import app.brigade.model.protocol.Event;
import app.brigade.model.protocol.EventFactory;
import app.brigade.model.protocol.HlcClock;
import app.brigade.model.protocol.UuidV7;
import app.brigade.store.lock.StoreLockedException;
import app.brigade.store.query.CatalogSnapshot;
import app.brigade.store.query.OrderView;
import app.brigade.store.recovery.DatabaseState;
import app.brigade.store.recovery.StoreLayout;
import app.brigade.store.testkit.Sales;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTest {

    @TempDir
    Path dir;

    @Test
    void recordedSaleIsQueryableAtOnceAndSurvivesReopen() {
        String orderId = Sales.id("ord");
        String shiftId = Sales.id("shift");
        try (Store store = Store.open(Sales.options(dir))) {
            assertThat(store.recoveryReport().database()).isEqualTo(DatabaseState.CREATED);
            store.record(Sales.CASHIER, null, Sales.shift(shiftId)).events();
            String number = store.nextOrderNumber();
            String lineId = Sales.id("line");
            List<Event> events = store.record(Sales.CASHIER, null, Sales.opened(orderId, number),
                    Sales.line(orderId, lineId, 2), Sales.fired(orderId, number, lineId, 2, "tkt-1")).events();
            assertThat(events).extracting(Event::deviceSeq).containsExactly(2L, 3L, 4L);

            OrderView view = store.order(orderId).orElseThrow();
            assertThat(view.totals().total()).isEqualTo(2 * Sales.UNIT_PRICE);
            assertThat(view.ready()).isFalse();
            assertThat(store.openOrders()).extracting(v -> v.order().id()).containsExactly(orderId);
            assertThat(store.tickets("grill")).hasSize(1);

            store.record("cook-1", null, new TicketBumped("tkt-1", orderId, "grill")).events();
            assertThat(store.tickets("grill")).isEmpty();
            assertThat(store.bumpedTickets("grill", 10)).hasSize(1);
            assertThat(store.order(orderId).orElseThrow().ready()).isTrue();

            store.record(Sales.CASHIER, null, Sales.cash(orderId, shiftId, 2 * Sales.UNIT_PRICE),
                    new OrderClosed(orderId)).events();
            assertThat(store.shiftSummary(shiftId).orElseThrow().shift().expectedCash())
                    .isEqualTo(10_000 + 2 * Sales.UNIT_PRICE);
        }
        try (Store store = Store.open(Sales.options(dir))) {
            assertThat(store.recoveryReport().database()).isEqualTo(DatabaseState.OPENED);
            assertThat(store.recoveryReport().eventsReplayed()).isZero();
            assertThat(store.order(orderId).orElseThrow().order().status()).isEqualTo(OrderStatus.CLOSED);
            assertThat(store.ticketHistory("tkt-1")).extracting(h -> h.action()).containsExactly("FIRED", "BUMPED");
            assertThat(store.lastDeviceSeq()).isEqualTo(7);
        }
    }

    @Test
    void aRushedSendFlagsItsKitchenTicketAndTheFlagSurvivesARebuildFromTheJournal() throws Exception {
        String rushed = Sales.id("ord");
        String normal = Sales.id("ord");
        try (Store store = Store.open(Sales.options(dir))) {
            for (String orderId : List.of(rushed, normal)) {
                String number = store.nextOrderNumber();
                String lineId = Sales.id("line");
                var f = Sales.fired(orderId, number, lineId, 1, "tkt-" + orderId);
                var fired = new app.brigade.model.event.OrderFired(f.orderId(), f.orderNumber(), f.orderType(),
                        f.tableName(), f.employeeName(), f.firedAtMillis(), f.addOn(), f.lineIds(), f.tickets(),
                        orderId.equals(rushed));
                store.record(Sales.CASHIER, null, Sales.opened(orderId, number), Sales.line(orderId, lineId, 1),
                        fired);
            }
            assertThat(store.tickets("grill")).extracting(t -> t.ticket().orderId() + "=" + t.ticket().rush())
                    .containsExactly(rushed + "=true", normal + "=false");
        }
        java.nio.file.Files.delete(dir.resolve("db").resolve(app.brigade.store.db.Database.FILE_NAME));
        try (Store store = Store.open(Sales.options(dir))) {
            assertThat(store.tickets("grill")).extracting(t -> t.ticket().orderId() + "=" + t.ticket().rush())
                    .containsExactly(rushed + "=true", normal + "=false");
        }
    }

    @Test
    void domainRejectionRecordsNothing() {
        try (Store store = Store.open(Sales.options(dir))) {
            RecordResult result = store.record(Sales.CASHIER, null, new OrderClosed("no-such-order"));
            assertThat(result).isInstanceOfSatisfying(RecordResult.Rejected.class,
                    r -> assertThat(r.rejection().reason()).isEqualTo(RejectionReason.ORDER_NOT_FOUND));
            assertThat(store.lastDeviceSeq()).isZero();
            assertThat(store.syncStatus().unsyncedCount()).isZero();
        }
    }

    @Test
    void orderNumbersContinueAfterRestart() {
        try (Store store = Store.open(Sales.options(dir))) {
            Sales.sell(store, "s1", 1).events();
            Sales.sell(store, "s1", 1).events();
        }
        try (Store store = Store.open(Sales.options(dir))) {
            assertThat(store.nextOrderNumber()).isEqualTo("A-003");
        }
    }

    @Test
    void secondOpenNamesTheHoldingProcess() {
        try (Store store = Store.open(Sales.options(dir))) {
            assertThatThrownBy(() -> Store.open(Sales.options(dir)))
                    .isInstanceOf(StoreLockedException.class)
                    .hasMessageContaining("already open by process " + ProcessHandle.current().pid());
        }
    }

    @Test
    void outboxHoldsLocalEventsUntilAcknowledged() {
        try (Store store = Store.open(Sales.options(dir))) {
            Sales.sell(store, "s1", 1).events();
            assertThat(store.outboxPage(3).events()).extracting(Event::deviceSeq).containsExactly(1L, 2L, 3L);
            assertThat(store.syncStatus().unsyncedCount()).isEqualTo(5);
            store.markAcknowledged(4);
            assertThat(store.outboxPage(10).events()).extracting(Event::deviceSeq).containsExactly(5L);
            assertThatThrownBy(() -> store.markAcknowledged(6)).hasMessageContaining("deviceSeq 1..5");
        }
    }

    @Test
    void remoteEventsApplyOnceAndSaveTheirCursor() {
        EventFactory other = new EventFactory("kds-9", UuidV7.systemClock(), new HlcClock(System::currentTimeMillis));
        String orderId = Sales.id("ord");
        List<Event> remote = List.of(
                other.create(1, Sales.opened(orderId, "B-001"), "emp-x", null),
                other.create(2, Sales.line(orderId, "l-1", 1), "emp-x", null));
        try (Store store = Store.open(Sales.options(dir))) {
            assertThat(store.applyRemote(remote, new SyncCursor("server-feed", 42)).applied()).isEqualTo(2);
            assertThat(store.applyRemote(remote, new SyncCursor("server-feed", 43)).alreadyKnown()).isEqualTo(2);
            assertThat(store.cursor("server-feed")).hasValue(43);
            assertThat(store.order(orderId).orElseThrow().order().lines()).hasSize(1);
            assertThat(store.syncStatus().unsyncedCount()).isZero();
        }
    }

    @Test
    void catalogSurvivesADatabaseRebuild() throws Exception {
        try (Store store = Store.open(Sales.options(dir))) {
            store.saveCatalog(new CatalogSnapshot(7, "\"v7\"", "{\"items\":[]}"));
            Sales.sell(store, "s1", 1).events();
        }
        java.nio.file.Files.delete(dir.resolve("db").resolve("brigade.mv.db"));
        try (Store store = Store.open(Sales.options(dir))) {
            assertThat(store.recoveryReport().database()).isEqualTo(DatabaseState.REBUILT);
            assertThat(store.catalog()).hasValueSatisfying(c -> assertThat(c.version()).isEqualTo(7));
        }
    }

    @Test
    void anOpenStoppedByAnUnreadableSavedCatalogReleasesTheFolderAndLosesNoSale() throws Exception {
        List<Event> sold;
        try (Store store = Store.open(Sales.options(dir))) {
            store.saveCatalog(new CatalogSnapshot(7, "\"v7\"", "{\"items\":[]}"));
            sold = Sales.sell(store, "s1", 1).events();
        }
        java.nio.file.Files.delete(dir.resolve("db").resolve("brigade.mv.db"));
        Path catalogFile = new StoreLayout(dir).catalogFile();
        java.nio.file.Files.writeString(catalogFile, "{\"version\": 7, \"etag\"");

        assertThatThrownBy(() -> Store.open(Sales.options(dir)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("the saved catalog " + catalogFile + " cannot be read");

        // The failed open must have let go of the folder: the same process opens it again at once.
        java.nio.file.Files.delete(catalogFile);
        try (Store store = Store.open(Sales.options(dir))) {
            String orderId = sold.getFirst().aggregateId();
            assertThat(store.order(orderId).orElseThrow().order().status()).isEqualTo(OrderStatus.CLOSED);
            assertThat(store.events()).extracting(Event::eventId)
                    .containsExactlyElementsOf(sold.stream().map(Event::eventId).toList());
        }
    }
}

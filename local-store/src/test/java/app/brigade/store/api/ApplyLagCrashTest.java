package app.brigade.store.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.brigade.model.event.EventPayload;
import app.brigade.model.protocol.Event;
import app.brigade.store.query.OrderView;
import app.brigade.store.recovery.DatabaseState;
import app.brigade.store.testkit.JournalTruth;
import app.brigade.store.testkit.ProjectionDump;
import app.brigade.store.testkit.Sales;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window this store opens on purpose: {@code record} returns once the journal is fsynced, while H2
 * applies the batch on the applier thread. A crash in between must lose nothing and leave H2 only behind.
 */
class ApplyLagCrashTest {

    @TempDir
    Path dir;

    @Test
    void eventsAcknowledgedButNotYetAppliedToH2AreReplayedOnOpenExactlyOnce() throws Exception {
        List<Event> acknowledged = new ArrayList<>();
        Store store = Store.open(Sales.options(dir));
        store.record(Sales.CASHIER, null, Sales.shift("shift-1")).events();
        assertThat(store.openShiftIds()).containsExactly("shift-1"); // applied: the lag starts after this
        store.pauseApplyForTest();
        try (ExecutorService tills = Executors.newFixedThreadPool(4)) {
            List<Future<List<Event>>> running = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int till = t;
                running.add(tills.submit(() -> {
                    List<Event> mine = new ArrayList<>();
                    for (int i = 0; i < 10; i++) {
                        String number = "A-%03d".formatted(1 + till * 10 + i);
                        List<EventPayload> sale = Sales.wholeSale(Sales.id("ord"), number, "shift-1", 1);
                        mine.addAll(store.record(Sales.CASHIER, null, sale).events());
                    }
                    return mine;
                }));
            }
            for (Future<List<Event>> f : running) {
                acknowledged.addAll(f.get());
            }
        }
        assertThat(acknowledged).hasSize(4 * 10 * 5);
        store.crashForTest();

        Map<UUID, Integer> beforeReplay = ProjectionDump.appliedCounts(dir);
        assertThat(acknowledged).as("acknowledged while H2 was held back").noneMatch(
                e -> beforeReplay.containsKey(e.eventId()));
        JournalTruth.assertDatabaseNotAheadOfJournal(dir);

        try (Store reopened = Store.open(Sales.options(dir))) {
            assertThat(reopened.recoveryReport().database()).isEqualTo(DatabaseState.OPENED);
            assertThat(reopened.recoveryReport().eventsReplayed()).isEqualTo(acknowledged.size());
            assertThat(reopened.orderIds("CLOSED", 100)).hasSize(40);
            assertThat(reopened.events()).extracting(Event::eventId)
                    .containsAll(acknowledged.stream().map(Event::eventId).toList())
                    .doesNotHaveDuplicates();
            assertThat(reopened.nextOrderNumber()).isEqualTo("A-041");
        }
        Map<UUID, Integer> applied = ProjectionDump.appliedCounts(dir);
        for (Event e : acknowledged) {
            assertThat(applied.get(e.eventId())).as("applied copies of %s", e.eventId()).isEqualTo(1);
        }
        JournalTruth.assertDatabaseNotAheadOfJournal(dir);
    }

    @Test
    void queriesWaitForTheApplyOfEveryAcknowledgedEvent() {
        try (Store store = Store.open(Sales.options(dir))) {
            for (int i = 0; i < 30; i++) {
                List<Event> sale = Sales.sell(store, "shift-1", 1).events();
                String orderId = sale.getFirst().aggregateId();
                assertThat(store.order(orderId)).as("read-your-writes right after the ack").isPresent();
                assertThat(store.outboxPage(1000).events()).extracting(Event::eventId)
                        .contains(sale.getLast().eventId());
            }
            assertThat(store.events()).hasSize(150);
        }
    }

    @Test
    void recordReturnsWhileH2IsHeldBackAndAQueryThenWaitsForItsOwnEvents() throws Exception {
        try (Store store = Store.open(Sales.options(dir))) {
            store.record(Sales.CASHIER, null, Sales.shift("shift-1"));
            assertThat(store.openShiftIds()).containsExactly("shift-1");
            store.pauseApplyForTest();
            List<Event> sale = Sales.sell(store, "shift-1", 1).events(); // acknowledged: H2 has not applied it
            String orderId = sale.getFirst().aggregateId();
            try (ExecutorService reader = Executors.newSingleThreadExecutor()) {
                Future<Optional<OrderView>> query = reader.submit(() -> store.order(orderId));
                Thread.sleep(300);
                assertThat(query).as("a query waits while H2 is behind the acknowledgement").isNotDone();
                store.resumeApplyForTest();
                Optional<OrderView> seen = query.get(30, TimeUnit.SECONDS);
                assertThat(seen).as("the caller reads its own acknowledged sale").isPresent();
                assertThat(seen.get().order().status()).isEqualTo(app.brigade.model.order.OrderStatus.CLOSED);
            }
            assertThat(store.events()).extracting(Event::eventId).containsAll(
                    sale.stream().map(Event::eventId).toList());
        }
    }

    @Test
    void withoutAnyQueryH2CatchesUpOnceRecordingPausesSoACrashThenReplaysNothing() throws Exception {
        Store store = Store.open(Sales.options(dir));
        List<Event> acknowledged = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            acknowledged.addAll(Sales.sell(store, "shift-1", 1).events());
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (store.appliedEntriesForTest() < acknowledged.size() && System.nanoTime() < deadline) {
            Thread.sleep(5); // no query: only the applier's own start on a pause may apply them
        }
        assertThat(store.appliedEntriesForTest()).as("entries H2 applied with nobody waiting for it")
                .isEqualTo(acknowledged.size());
        store.crashForTest();

        Map<UUID, Integer> applied = ProjectionDump.appliedCounts(dir);
        assertThat(acknowledged).allMatch(e -> applied.get(e.eventId()) == 1);
        try (Store reopened = Store.open(Sales.options(dir))) {
            assertThat(reopened.recoveryReport().eventsReplayed()).isZero();
            assertThat(reopened.orderIds("CLOSED", 100)).hasSize(5);
        }
    }
}

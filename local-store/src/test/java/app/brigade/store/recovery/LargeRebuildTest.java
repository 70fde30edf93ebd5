package app.brigade.store.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import app.brigade.model.event.EventPayload;
import app.brigade.model.event.LineAdded;
import app.brigade.model.event.OrderClosed;
import app.brigade.model.event.OrderVoided;
import app.brigade.model.protocol.Event;
import app.brigade.model.protocol.EventFactory;
import app.brigade.model.protocol.HlcClock;
import app.brigade.model.protocol.UuidV7;
import app.brigade.store.api.Store;
import app.brigade.store.testkit.CompactedCopy;
import app.brigade.store.testkit.ProjectionDump;
import app.brigade.store.testkit.Sales;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rebuild applies thousands of events per transaction, where what one event wrote (an order's
 * status, the order-number counter) is known to the next without reading H2 back; a store applied
 * live sees the same events a few at a time. Every projection row must come out the same, including
 * the flags that depend on an order's status earlier in the same transaction.
 */
class LargeRebuildTest {

    private static final int SALES = 300;

    @TempDir
    Path dir;

    @Test
    void aRebuildInLargeTransactionsGivesEveryRowTheLiveStoreHas() throws Exception {
        try (Store store = Store.open(Sales.options(dir))) {
            recordSalesOneCallPerStep(store);
            recordStatusEdgeCases(store);
        }
        Map<String, List<String>> live = ProjectionDump.of(dir);
        assertThat(live.get("EVENT_LOG")).hasSizeGreaterThan(SALES * 8);
        assertThat(live.get("SALES_ORDER")).hasSize(SALES + 1);
        // Each edge case but the opening is flagged, on replay because of a status set earlier in the same transaction.
        assertThat(live.get("FLAGGED_EVENT")).hasSize(6);
        assertThat(live.get("ORDER_NUMBER_COUNTER")).hasSize(2)
                .anySatisfy(row -> assertThat(row).contains("PREFIX=A|").contains("LAST_NUMBER=" + SALES + "|"))
                .anySatisfy(row -> assertThat(row).contains("PREFIX=B|").contains("LAST_NUMBER=1|"));

        Files.delete(dir.resolve("db").resolve("brigade.mv.db"));
        try (Store store = Store.open(Sales.options(dir).withReplayBatch(20_000))) {
            assertThat(store.recoveryReport().database()).isEqualTo(DatabaseState.REBUILT);
            assertThat(store.recoveryReport().eventsReplayed()).isEqualTo(live.get("EVENT_LOG").size());
        }
        assertThat(ProjectionDump.of(dir)).as("one transaction for the whole journal").isEqualTo(live);
        // The staging file is compacted before it is installed (ADR 0019): uncompacted, this rebuild left
        // 2.9-7.8 MB where H2 needs 1.3 MB for the same rows (checked: this fails then); compacted, ≈ 1.3 MB.
        Path rebuilt = dir.resolve("db").resolve("brigade.mv.db");
        long rebuiltBytes = Files.size(rebuilt);
        long compactBytes = CompactedCopy.bytesOf(rebuilt, dir.resolve("scratch"));
        assertThat(rebuiltBytes).as("rebuilt file %,d bytes, %,d once H2 compacts a copy", rebuiltBytes, compactBytes)
                .isLessThanOrEqualTo(compactBytes + compactBytes / 5);

        Files.delete(dir.resolve("db").resolve("brigade.mv.db"));
        try (Store store = Store.open(Sales.options(dir).withReplayBatch(1))) {
            assertThat(store.recoveryReport().database()).isEqualTo(DatabaseState.REBUILT);
        }
        assertThat(ProjectionDump.of(dir)).as("one event per transaction").isEqualTo(live);
    }

    /** Sales as a till records them: the order, each line, the send and the payment in separate calls. */
    private static void recordSalesOneCallPerStep(Store store) {
        store.record(Sales.CASHIER, null, Sales.shift("shift-1")).events();
        for (int i = 0; i < SALES; i++) {
            String order = Sales.id("ord");
            String number = store.nextOrderNumber();
            store.record(Sales.CASHIER, null, Sales.opened(order, number)).events();
            List<String> lines = new ArrayList<>();
            for (int l = 0; l < 5; l++) {
                String line = Sales.id("l");
                lines.add(line);
                store.record(Sales.CASHIER, null, Sales.line(order, line, 1)).events();
            }
            store.record(Sales.CASHIER, null, Sales.fired(order, number, lines.getFirst(), 1, Sales.id("tkt")))
                    .events();
            if (i % 10 == 9) {
                store.record(Sales.CASHIER, Sales.MANAGER, new OrderVoided(order, "walked out")).events();
                continue;
            }
            store.record(Sales.CASHIER, null, Sales.cash(order, "shift-1", Sales.UNIT_PRICE * 5)).events();
            store.record(Sales.CASHIER, null, new OrderClosed(order)).events();
        }
    }

    /**
     * Events from another device that the local rules would refuse: a line before its order is opened
     * (placeholder, flagged), the opening after it, a close, a line on the closed order (flagged), a
     * second close (no change), a void of the closed order (no change) and a line after that (flagged
     * again, the order still closed), and an order opened twice (flagged).
     */
    private static void recordStatusEdgeCases(Store store) {
        EventFactory other = new EventFactory("pos-2", UuidV7.systemClock(), new HlcClock(System::currentTimeMillis));
        String order = "ord-from-pos-2";
        List<EventPayload> payloads = List.of(
                line(order, "b1"),
                Sales.opened(order, "B-001"),
                new OrderClosed(order),
                line(order, "b2"),
                new OrderClosed(order),
                new OrderVoided(order, "too late"),
                line(order, "b3"),
                Sales.opened(order, "B-002"));
        List<Event> events = new ArrayList<>();
        for (EventPayload p : payloads) {
            events.add(other.create(events.size() + 1, p, "emp-b", null));
        }
        store.applyRemote(events);
    }

    private static LineAdded line(String order, String line) {
        return Sales.line(order, line, 1);
    }
}

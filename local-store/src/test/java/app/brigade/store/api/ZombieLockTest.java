package app.brigade.store.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import app.brigade.model.event.EventPayload;
import app.brigade.model.order.OrderStatus;
import app.brigade.model.protocol.Event;
import app.brigade.store.recovery.DatabaseState;
import app.brigade.store.recovery.RecoveryReport;
import app.brigade.store.testkit.JournalTruth;
import app.brigade.store.testkit.Sales;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A transaction an earlier process left in the H2 file with its row locks ("zombie" lock): reads do not
 * see it, but a write waits on it. Reopening must not wait forever (or crawl through the replay at one
 * lock timeout per event): the database is treated as damaged, moved aside and rebuilt from the journal.
 *
 * <p>The locks here are real H2 locks left by a real process killed with SIGKILL. H2 rolls back an
 * ordinary unfinished transaction when it reopens the file ({@link #anOrdinaryUnfinishedTransactionIsRolledBackByH2}),
 * so the lock is made durable the one way H2 documents: a transaction prepared for a two-phase commit.
 */
class ZombieLockTest {

    private static final Duration BOUND = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    @Test
    void aLockedRowHitByTheReplayMakesTheDatabaseRebuiltNotAHang() throws Exception {
        Sale sale = storeWithAppliesPending();
        kill(lockedBy("prepared", "UPDATE SALES_ORDER SET STATUS = STATUS WHERE ORDER_ID = '" + sale.orderId + "'"));

        RecoveryReport report = reopenAndCheck(sale);
        assertThat(report.database()).isEqualTo(DatabaseState.REBUILT);
        assertThat(report.databaseProblem()).hasValueSatisfying(p -> assertThat(p).contains("row lock")
                .contains("journal position"));
        assertThat(report.databaseMovedTo()).hasValueSatisfying(p -> assertThat(p.resolve("brigade.mv.db")).exists());
    }

    @Test
    void aLockedStoreStateRowIsFoundBeforeAnyReplay() throws Exception {
        Sale sale = storeWithAppliesPending();
        kill(lockedBy("prepared", "UPDATE STORE_STATE SET ACKED_DEVICE_SEQ = ACKED_DEVICE_SEQ"));

        RecoveryReport report = reopenAndCheck(sale);
        assertThat(report.database()).isEqualTo(DatabaseState.REBUILT);
        assertThat(report.databaseProblem()).hasValueSatisfying(p -> assertThat(p).contains("store state row is locked"));
    }

    @Test
    void aLockTheReplayDoesNotTouchIsFoundAsAnInDoubtTransaction() throws Exception {
        Sale sale = storeWithAppliesPending();
        kill(lockedBy("prepared", "UPDATE SALES_ORDER SET STATUS = STATUS WHERE ORDER_ID <> '" + sale.orderId + "'"));

        RecoveryReport report = reopenAndCheck(sale);
        assertThat(report.database()).isEqualTo(DatabaseState.REBUILT);
        assertThat(report.databaseProblem()).hasValueSatisfying(p -> assertThat(p).contains("in-doubt"));
    }

    @Test
    void anOrdinaryUnfinishedTransactionIsRolledBackByH2() throws Exception {
        Sale sale = storeWithAppliesPending();
        kill(lockedBy("plain", "UPDATE SALES_ORDER SET STATUS = STATUS",
                "UPDATE STORE_STATE SET ACKED_DEVICE_SEQ = ACKED_DEVICE_SEQ"));

        RecoveryReport report = reopenAndCheck(sale);
        assertThat(report.database()).as("H2 rolled the killed process's transaction back on open")
                .isEqualTo(DatabaseState.OPENED);
    }

    private record Sale(String orderId, List<Event> acknowledged) {
    }

    /** A closed store whose journal holds acknowledged events H2 has not applied (a crash in the apply lag). */
    private Sale storeWithAppliesPending() throws Exception {
        Store store = Store.open(Sales.options(dir));
        List<Event> acknowledged = new ArrayList<>();
        acknowledged.addAll(store.record(Sales.CASHIER, null, Sales.shift("shift-1")).events());
        for (int i = 0; i < 3; i++) {
            acknowledged.addAll(Sales.sell(store, "shift-1", 1).events());
        }
        String orderId = Sales.id("ord");
        List<EventPayload> sale = Sales.wholeSale(orderId, store.nextOrderNumber(), "shift-1", 1);
        acknowledged.addAll(store.record(Sales.CASHIER, null, sale.subList(0, 3)).events());
        assertThat(store.openOrders()).hasSize(1); // applied so far
        store.pauseApplyForTest();
        acknowledged.addAll(store.record(Sales.CASHIER, null, sale.subList(3, 5)).events());
        // (not Sales.sell: nextOrderNumber is a query and waits for H2, which is held back)
        acknowledged.addAll(store.record(Sales.CASHIER, null, Sales.wholeSale(Sales.id("ord"), "A-099", "shift-1", 1))
                .events());
        store.crashForTest();
        return new Sale(orderId, acknowledged);
    }

    private Process lockedBy(String mode, String... updates) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx128m", "-cp", System.getProperty("java.class.path"),
                ZombieLockChild.class.getName(), dir.toString(), mode));
        command.addAll(List.of(updates));
        Path err = dir.resolveSibling(dir.getFileName() + "-zombie.err");
        Process child = new ProcessBuilder(command).redirectError(err.toFile()).start();
        BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.US_ASCII));
        String line = in.readLine();
        if (!"READY".equals(line)) {
            child.destroyForcibly();
            throw new AssertionError("the child did not leave its transaction: " + Files.readString(err));
        }
        return child;
    }

    private static void kill(Process child) throws Exception {
        child.destroyForcibly(); // SIGKILL: no shutdown hook, H2 is not closed
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    private RecoveryReport reopenAndCheck(Sale sale) throws Exception {
        RecoveryReport report = assertTimeoutPreemptively(BOUND, () -> {
            try (Store reopened = Store.open(Sales.options(dir))) {
                assertThat(reopened.recoveryReport().failedToApply()).isZero();
                assertThat(reopened.events()).extracting(Event::eventId)
                        .containsAll(sale.acknowledged.stream().map(Event::eventId).toList())
                        .doesNotHaveDuplicates();
                assertThat(reopened.order(sale.orderId)).hasValueSatisfying(
                        o -> assertThat(o.order().status()).isEqualTo(OrderStatus.CLOSED));
                assertThat(reopened.openOrders()).isEmpty();
                // the store takes new sales at once: no write waits on the old lock any more
                Sales.sell(reopened, "shift-1", 1);
                assertThat(reopened.orderIds("CLOSED", 100)).hasSize(6);
                return reopened.recoveryReport();
            }
        }, "reopening a store whose H2 file holds another process's locks");
        JournalTruth.assertDatabaseNotAheadOfJournal(dir);
        return report;
    }
}

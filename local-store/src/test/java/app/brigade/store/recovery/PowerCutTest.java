package app.brigade.store.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import app.brigade.model.protocol.Event;
import app.brigade.store.api.Store;
import app.brigade.store.api.StoreFailedException;
import app.brigade.store.testkit.PowerSwitch;
import app.brigade.store.testkit.ProjectionDump;
import app.brigade.store.testkit.Sales;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

class PowerCutTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "power lost at journal append {0}, unsynced bytes {1}")
    @CsvSource({"2, DROPPED", "9, DROPPED", "37, HALF_WRITTEN", "64, HALF_WRITTEN", "121, DROPPED"})
    void everySaleAcknowledgedBeforeThePowerCutIsThereAndNoneIsHalfApplied(int cutAt, PowerSwitch.Loss loss)
            throws Exception {
        PowerSwitch power = new PowerSwitch(cutAt, loss);
        List<Event> acknowledged = Collections.synchronizedList(new ArrayList<>());
        Store store = Store.open(Sales.options(dir).withFileOpener(power::open).withSegmentBytes(16 * 1024));
        try (ExecutorService tills = Executors.newFixedThreadPool(4)) {
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                running.add(tills.submit(() -> {
                    try {
                        while (true) {
                            acknowledged.addAll(Sales.sell(store, "shift-1", 1).events());
                        }
                    } catch (StoreFailedException expected) {
                        // the machine is dead from here on
                    }
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        }
        assertThat(power.tripped()).isTrue();
        store.close();

        try (Store reopened = Store.open(Sales.options(dir))) {
            assertThat(reopened.recoveryReport().failedToApply()).isZero();
            assertThat(reopened.openOrders()).as("no sale is left half-recorded").isEmpty();
        }
        var applied = ProjectionDump.appliedCounts(dir);
        for (Event e : acknowledged) {
            assertThat(applied.get(e.eventId())).as("acknowledged event %s", e.eventId()).isEqualTo(1);
        }
        long closed = ProjectionDump.number(dir, "SELECT COUNT(*) FROM SALES_ORDER WHERE STATUS = 'CLOSED'");
        long all = ProjectionDump.number(dir, "SELECT COUNT(*) FROM SALES_ORDER");
        assertThat(closed).isEqualTo(all).isGreaterThanOrEqualTo(acknowledged.size() / 5);
    }
}

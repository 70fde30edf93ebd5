package app.brigade.store.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.brigade.model.protocol.EventCodec;
import app.brigade.store.api.Store;
import app.brigade.store.api.StoreOptions;
import app.brigade.store.journal.JournalOptions;
import app.brigade.store.testkit.ProjectionDump;
import app.brigade.store.testkit.Sales;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rebuild builds the database in {@code db/rebuild} and renames it into place only when complete:
 * one interrupted midway is never opened as the store's database, and the next open does it again.
 */
class InterruptedRebuildTest {

    private static final int SALES = 40;

    @TempDir
    Path dir;

    private StoreLayout layout;
    private Map<String, List<String>> live;

    @BeforeEach
    void recordSalesThenLoseTheDatabase() throws Exception {
        layout = new StoreLayout(dir);
        try (Store store = Store.open(Sales.options(dir))) {
            store.record(Sales.CASHIER, null, Sales.shift("shift-1")).events();
            for (int i = 0; i < SALES; i++) {
                Sales.sell(store, "shift-1", 1 + i % 3).events();
            }
        }
        live = ProjectionDump.of(dir);
        Files.delete(layout.databaseFile());
    }

    @Test
    void aRebuildKilledMidwayLeavesNoDatabaseAndIsRedoneOnTheNextOpen() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), RebuildChild.class.getName(), dir.toString())
                .redirectError(dir.resolveSibling(dir.getFileName() + "-rebuild-child.err").toFile())
                .start();
        String line;
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.US_ASCII))) {
            line = out.readLine();
            assertThat(line).as("the child reports its rebuild half done").startsWith("midway");
            child.destroyForcibly(); // SIGKILL: no shutdown hook, no H2 close
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(layout.databaseFile()).as("a half-built database is never put in place").doesNotExist();
        assertThat(layout.rebuildDir().resolve("brigade.mv.db")).as("the half-built file stays in staging")
                .exists();

        reopenAndCheckEverythingIsBack();
    }

    @Test
    void aRebuildThatFailsMidwayLeavesNoDatabaseAndIsRedoneOnTheNextOpen() throws Exception {
        StoreOptions options = Sales.options(dir);
        JournalOptions journal = new JournalOptions(options.deviceId(), options.segmentBytes(), options.fileOpener(),
                new EventCodec());
        int[] transactions = {0};
        assertThatThrownBy(() -> StoreRecovery.open(layout, journal, options.businessDay(), 20, position -> {
            if (++transactions[0] == 3) {
                throw new IllegalStateException("simulated failure at journal position " + position);
            }
        })).hasMessageContaining("simulated failure");
        assertThat(layout.databaseFile()).doesNotExist();

        reopenAndCheckEverythingIsBack();
    }

    private void reopenAndCheckEverythingIsBack() throws Exception {
        try (Store store = Store.open(Sales.options(dir))) {
            RecoveryReport report = store.recoveryReport();
            assertThat(report.database()).isEqualTo(DatabaseState.REBUILT);
            assertThat(report.eventsReplayed()).isEqualTo(1 + SALES * 5);
            assertThat(report.problems()).anyMatch(p -> p.contains("interrupted"));
            assertThat(store.orderIds("CLOSED", 1000)).hasSize(SALES);
            assertThat(store.nextOrderNumber()).isEqualTo("A-0" + (SALES + 1));
        }
        assertThat(layout.rebuildDir()).doesNotExist();
        assertThat(ProjectionDump.of(dir)).isEqualTo(live);
    }
}

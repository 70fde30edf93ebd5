package app.brigade.store.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import app.brigade.store.api.Store;
import app.brigade.store.testkit.ProjectionDump;
import app.brigade.store.testkit.Sales;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CorruptDatabaseTest {

    enum Damage {
        BYTES_OVERWRITTEN_IN_THE_MIDDLE,
        FILE_TRUNCATED,
        FILE_DELETED
    }

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Damage.class)
    void storeRebuildsFromTheJournalWithEveryEvent(Damage damage) throws Exception {
        try (Store store = Store.open(Sales.options(dir))) {
            store.record(Sales.CASHIER, null, Sales.shift("shift-1")).events();
            for (int i = 0; i < 80; i++) {
                Sales.sell(store, "shift-1", 1 + i % 3).events();
            }
        }
        Map<String, List<String>> before = ProjectionDump.of(dir);
        Path file = dir.resolve("db").resolve("brigade.mv.db");
        damage(file, damage);

        try (Store store = Store.open(Sales.options(dir))) {
            RecoveryReport report = store.recoveryReport();
            assertThat(report.database()).isIn(DatabaseState.REBUILT, DatabaseState.OPENED);
            if (report.database() == DatabaseState.REBUILT) {
                assertThat(report.eventsReplayed()).isEqualTo(1 + 80 * 5);
            }
            if (damage != Damage.FILE_DELETED && report.databaseMovedTo().isPresent()) {
                assertThat(report.databaseMovedTo().get().resolve("brigade.mv.db")).exists();
            }
            assertThat(store.orderIds("CLOSED", 1000)).hasSize(80);
            assertThat(store.nextOrderNumber()).isEqualTo("A-081");
        }
        assertThat(ProjectionDump.of(dir)).isEqualTo(before);
    }

    private static void damage(Path file, Damage damage) throws Exception {
        switch (damage) {
            case BYTES_OVERWRITTEN_IN_THE_MIDDLE -> {
                long size = Files.size(file);
                byte[] junk = new byte[8192];
                new Random(42).nextBytes(junk);
                try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
                    f.seek(size / 2 - junk.length / 2);
                    f.write(junk);
                }
            }
            case FILE_TRUNCATED -> {
                try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
                    f.setLength(Files.size(file) / 3);
                }
            }
            case FILE_DELETED -> Files.delete(file);
        }
    }
}

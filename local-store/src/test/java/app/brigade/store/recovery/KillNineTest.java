package app.brigade.store.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import app.brigade.store.api.Store;
import app.brigade.store.journal.Journal;
import app.brigade.store.journal.JournalEntry;
import app.brigade.store.journal.JournalOptions;
import app.brigade.store.journal.JournalVisitor;
import app.brigade.store.testkit.ProjectionDump;
import app.brigade.store.testkit.Sales;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KillNineTest {

    private static final int ROUNDS = 20;

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedEventSurvivesSigkillExactlyOnce() throws Exception {
        Random random = new Random(7);
        Set<UUID> acknowledged = new HashSet<>();
        for (int round = 0; round < ROUNDS; round++) {
            acknowledged.addAll(runAndKill(random.nextInt(20, 250)));
        }
        assertThat(acknowledged).as("every round acknowledged at least two sales before the kill")
                .hasSizeGreaterThanOrEqualTo(2 * ROUNDS);

        try (Store store = Store.open(Sales.options(dir))) {
            assertThat(store.recoveryReport().failedToApply()).isZero();
            assertThat(store.openOrders()).as("each sale is one atomic record() call").isEmpty();
        }
        Map<UUID, Integer> inJournal = journalCounts();
        Map<UUID, Integer> inDatabase = ProjectionDump.appliedCounts(dir);
        for (UUID id : acknowledged) {
            assertThat(inJournal.get(id)).as("journal copies of %s", id).isEqualTo(1);
            assertThat(inDatabase.get(id)).as("applied copies of %s", id).isEqualTo(1);
        }
        assertThat(ProjectionDump.number(dir, """
                SELECT COUNT(*) FROM SALES_ORDER o WHERE o.STATUS = 'CLOSED' AND
                  (SELECT SUM(AMOUNT) FROM PAYMENT p WHERE p.ORDER_ID = o.ORDER_ID AND NOT p.VOIDED) <>
                  (SELECT SUM((UNIT_PRICE + MODIFIERS_PRICE) * QUANTITY) FROM ORDER_LINE l
                   WHERE l.ORDER_ID = o.ORDER_ID AND NOT l.VOIDED)""")).as("closed orders not paid exactly").isZero();
        assertThat(ProjectionDump.number(dir, """
                SELECT COUNT(*) FROM (SELECT ORDER_NUMBER FROM SALES_ORDER GROUP BY ORDER_NUMBER, BUSINESS_DATE
                HAVING COUNT(*) > 1)""")).as("duplicate order numbers").isZero();
        long paid = ProjectionDump.number(dir, "SELECT SUM(AMOUNT) FROM PAYMENT");
        long closed = ProjectionDump.number(dir, "SELECT COUNT(*) FROM SALES_ORDER WHERE STATUS = 'CLOSED'");
        assertThat(paid).isEqualTo(closed * Sales.UNIT_PRICE);
    }

    private Set<UUID> runAndKill(int millisAfterReady) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), KillNineWriter.class.getName(), dir.toString())
                .redirectError(dir.resolveSibling(dir.getFileName() + "-child.err").toFile())
                .start();
        Set<UUID> acked = new HashSet<>();
        CompletableFuture<Void> ready = new CompletableFuture<>();
        Thread reader = Thread.ofPlatform().start(() -> {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(child.getInputStream(), StandardCharsets.US_ASCII))) {
                String line;
                while ((line = in.readLine()) != null) {
                    if (line.equals("READY")) {
                        ready.complete(null);
                    } else if (line.startsWith("ACK ") && line.length() == 40) {
                        synchronized (acked) {
                            acked.add(UUID.fromString(line.substring(4)));
                        }
                    }
                }
            } catch (java.io.IOException e) {
                // the child is gone
            } finally {
                ready.complete(null);
            }
        });
        try {
            ready.get(60, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            String dump = threadDump(child.pid());
            child.destroyForcibly();
            String err = childErr();
            throw new AssertionError("the writer did not get ready within 60 s; its stderr:\n" + err
                    + "\nits threads:\n" + dump, e);
        }
        // Kill at a random moment once the writer is really writing: on a loaded machine the first
        // acknowledgements can take longer than the random delay, and a round that acknowledged nothing
        // proves nothing.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (child.isAlive() && System.nanoTime() < deadline) {
            synchronized (acked) {
                if (acked.size() >= 2) {
                    break;
                }
            }
            Thread.sleep(5);
        }
        Thread.sleep(millisAfterReady);
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        reader.join();
        synchronized (acked) {
            return acked;
        }
    }

    private String childErr() throws java.io.IOException {
        return Files.readString(dir.resolveSibling(dir.getFileName() + "-child.err"));
    }

    private static String threadDump(long pid) {
        try {
            Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    String.valueOf(pid), "Thread.print").redirectErrorStream(true).start();
            String out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            jcmd.waitFor(20, TimeUnit.SECONDS);
            return out;
        } catch (Exception e) {
            return "(no thread dump: " + e + ")";
        }
    }

    private Map<UUID, Integer> journalCounts() throws Exception {
        Map<UUID, Integer> counts = new HashMap<>();
        try (Journal journal = Journal.open(dir.resolve("journal"), JournalOptions.defaults(Sales.DEVICE))) {
            journal.read(1, new JournalVisitor() {
                @Override
                public void entry(JournalEntry entry) {
                    counts.merge(entry.event().eventId(), 1, Integer::sum);
                }

                @Override
                public void unreadable(long position, String reason) {
                    throw new AssertionError("unreadable journal record " + position + ": " + reason);
                }
            });
        }
        return counts;
    }
}

package app.brigade.sync.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import app.brigade.model.protocol.Event;
import app.brigade.server.auth.DeviceKind;
import app.brigade.sync.SyncSettings;
import app.brigade.sync.enroll.DeviceCredentials;
import app.brigade.sync.status.Connectivity;
import app.brigade.sync.testkit.Await;
import app.brigade.sync.testkit.Convergence;
import app.brigade.sync.testkit.LiveServer;
import app.brigade.sync.testkit.Terminal;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Terminals and server die or vanish mid-sync; afterwards everything converges with no duplicates. */
class RecoveryTest {

    private static final SyncSettings SETTINGS = Terminal.fastSettings().build();

    @TempDir
    Path dir;

    @Test
    void aTerminalKilledWithSigkillDuringAPushResumesAndTheServerHoldsEachEventOnce() throws Exception {
        try (LiveServer server = LiveServer.start(dir)) {
            DeviceCredentials me = server.enroll("Killed till", DeviceKind.POS, dir.resolve("config"));
            Path storeDir = dir.resolve("terminal");
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process child = new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp",
                    System.getProperty("java.class.path"), SellingChild.class.getName(), storeDir.toString(),
                    me.server().toString(), me.deviceId(), me.token())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            AtomicInteger sold = new AtomicInteger();
            Thread reader = Thread.ofPlatform().daemon().start(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = in.readLine()) != null) {
                        if (line.startsWith("sold ")) {
                            sold.set(Integer.parseInt(line.substring(5)));
                        }
                    }
                } catch (java.io.IOException e) {
                    // the child was killed: its output ends here
                }
            });
            try {
                // Pushes of 7 events run back to back while it sells: the kill lands in or between pushes.
                Await.until(Duration.ofSeconds(60), "the child to sell 40 orders with pushes under way",
                        () -> sold.get() >= 40 && server.events().size() >= 30, () -> "sold " + sold.get());
            } finally {
                child.destroyForcibly();
                assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
                reader.join(5_000);
            }

            try (Terminal again = Terminal.start(storeDir, me, "K", SETTINGS)) {
                long last = again.store().lastDeviceSeq();
                assertThat(last).as("every sale acknowledged to the child is still in its store")
                        .isGreaterThanOrEqualTo(sold.get() * 3L);
                Await.until(Duration.ofSeconds(60), "the restarted terminal to sync", () -> again.unsynced() == 0,
                        () -> again.unsynced() + " unsynced, " + again.sync().connectivity());
                List<Event> mine = server.events().stream().filter(e -> e.deviceId().equals(me.deviceId())).toList();
                assertThat(mine).extracting(Event::deviceSeq).containsExactlyElementsOf(
                        LongStream.rangeClosed(1, last).boxed().toList());
                assertThat(mine).extracting(Event::eventId).doesNotHaveDuplicates();
            }
        }
    }

    @Test
    void aServerRestartDuringPushesLosesAndDuplicatesNothing() {
        try (LiveServer server = LiveServer.start(dir)) {
            List<Terminal> terminals = start(server, 2);
            try {
                Thread selling = Thread.ofPlatform().start(() -> sell(terminals, 40));
                Await.until(Duration.ofSeconds(60), "pushes to be under way", () -> server.events().size() >= 30);
                server.down();
                server.up();
                join(selling);
                Convergence.awaitAndCheck(server, terminals, 80, Duration.ofSeconds(60));
            } finally {
                terminals.forEach(Terminal::close);
            }
        }
    }

    @Test
    void terminalsSellingWhileTheServerIsDownTheWholeTimeSyncOnceItComesUp() {
        try (LiveServer server = LiveServer.start(dir)) {
            List<DeviceCredentials> enrolled = List.of(
                    server.enroll("Till 1", DeviceKind.POS, dir.resolve("config-1")),
                    server.enroll("Till 2", DeviceKind.POS, dir.resolve("config-2")));
            server.down();
            List<Terminal> terminals = new ArrayList<>();
            try {
                for (int i = 0; i < enrolled.size(); i++) {
                    terminals.add(Terminal.start(dir.resolve("t" + i), enrolled.get(i), "AB".substring(i, i + 1),
                            SETTINGS));
                }
                sell(terminals, 30);
                Await.until(Duration.ofSeconds(30), "both terminals to show offline with 90 unsynced events",
                        () -> terminals.stream().map(t -> t.sync().connectivity()).allMatch(c ->
                                c.state() == Connectivity.State.OFFLINE && c.unsyncedCount() == 90));
                for (Terminal t : terminals) {
                    Connectivity c = t.sync().connectivity();
                    assertThat(c.detail()).contains("cannot reach the server");
                    assertThat(c.oldestUnsyncedAge()).isPresent();
                    assertThat(c.lastSuccessfulSync()).isEmpty();
                }

                server.up();
                Convergence.awaitAndCheck(server, terminals, 60, Duration.ofSeconds(60));
                Await.until(Duration.ofSeconds(30), "both terminals to show online and synced",
                        () -> terminals.stream().map(t -> t.sync().connectivity()).allMatch(c ->
                                c.state() == Connectivity.State.ONLINE && c.synced()
                                        && c.lastSuccessfulSync().isPresent()));
            } finally {
                terminals.forEach(Terminal::close);
            }
        }
    }

    private List<Terminal> start(LiveServer server, int n) {
        List<Terminal> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            DeviceCredentials c = server.enroll("Till " + i, DeviceKind.POS, dir.resolve("config-" + i));
            out.add(Terminal.start(dir.resolve("t" + i), c, "ABCD".substring(i, i + 1), SETTINGS));
        }
        return out;
    }

    private static void sell(List<Terminal> terminals, int ordersEach) {
        for (int k = 0; k < ordersEach; k++) {
            terminals.forEach(Terminal::sellOrder);
        }
    }

    private static void join(Thread t) {
        try {
            t.join(Duration.ofSeconds(60));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
        assertThat(t.isAlive()).as("selling finished").isFalse();
    }
}

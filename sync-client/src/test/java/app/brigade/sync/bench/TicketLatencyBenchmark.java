package app.brigade.sync.bench;

import app.brigade.model.event.OrderFired;
import app.brigade.model.protocol.Event;
import app.brigade.server.auth.DeviceKind;
import app.brigade.store.testkit.Sales;
import app.brigade.sync.SyncSettings;
import app.brigade.sync.enroll.DeviceCredentials;
import app.brigade.sync.lan.LanPeer;
import app.brigade.sync.lan.LanReceiver;
import app.brigade.sync.testkit.LiveServer;
import app.brigade.sync.testkit.Terminal;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Ticket latency POS → KDS store: from {@code record(OrderFired)} on the till to the ticket applied in
 * the kitchen display's store, via the server's event stream and via LAN delivery. Target p99 ≤ 100 ms.
 */
public final class TicketLatencyBenchmark {

    private static final String LAN_KEY = "bench-lan-key";
    private static final int WARM_UP = 20;

    private TicketLatencyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int tickets = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        Path dir = Files.createTempDirectory("brigade-latency");
        try (LiveServer server = LiveServer.start(dir)) {
            DeviceCredentials pos = server.enroll("Till", DeviceKind.POS, dir.resolve("pos-config"));
            DeviceCredentials kds = server.enroll("Grill", DeviceKind.KDS, dir.resolve("kds-config"));
            SyncSettings fast = Terminal.fastSettings().build();
            try (Terminal kitchen = Terminal.start(dir.resolve("kds"), kds, "K", fast);
                    LanReceiver lan = LanReceiver.start(kitchen.store(), new InetSocketAddress("127.0.0.1", 0),
                            Set.of(LAN_KEY))) {
                Map<String, Long> firedAt = new ConcurrentHashMap<>();
                Probe viaServer = new Probe(firedAt, tickets);
                Probe viaLan = new Probe(firedAt, tickets);
                kitchen.sync().addRemoteEventsListener(viaServer::arrived);
                lan.addListener(viaLan::arrived);

                try (Terminal till = Terminal.start(dir.resolve("pos-1"), pos, "A", fast)) {
                    run(till, firedAt, viaServer, tickets);
                }
                server.down();
                SyncSettings withLan = Terminal.fastSettings().lanPeers(List.of(new LanPeer("grill",
                        URI.create("http://127.0.0.1:" + lan.port()), LAN_KEY))).build();
                firedAt.clear();
                try (Terminal till = Terminal.start(dir.resolve("pos-1"), pos, "A", withLan)) {
                    run(till, firedAt, viaLan, tickets);
                }
                viaServer.print("via server stream (SSE)");
                viaLan.print("via LAN (server down)");
            }
        }
    }

    private static void run(Terminal till, Map<String, Long> firedAt, Probe probe, int tickets)
            throws InterruptedException {
        for (int i = 0; i < WARM_UP; i++) {
            fire(till, firedAt);
        }
        // The warm-up is a burst of back-to-back tickets (each fire also warms the JIT); the timed run
        // starts when the burst has arrived, else its first tickets measure the burst's queue instead.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!firedAt.isEmpty() && System.nanoTime() < deadline) {
            LockSupport.parkNanos(Duration.ofMillis(5).toNanos());
        }
        probe.reset();
        for (int i = 0; i < tickets; i++) {
            fire(till, firedAt);
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
        if (!probe.done.await(60, TimeUnit.SECONDS)) {
            System.out.println("only " + probe.count + " of " + tickets + " tickets arrived");
        }
    }

    private static void fire(Terminal till, Map<String, Long> firedAt) {
        String orderId = Sales.id("ord");
        String number = till.store().nextOrderNumber();
        String lineId = Sales.id("line");
        till.record(Sales.opened(orderId, number), Sales.line(orderId, lineId, 1));
        firedAt.put(orderId, System.nanoTime());
        till.record(Sales.fired(orderId, number, lineId, 1, Sales.id("tkt")));
    }

    private static final class Probe {
        private final Map<String, Long> firedAt;
        private final long[] micros;
        private volatile int count;
        /** The slowest ticket of the warm-up burst, in microseconds. */
        private long warmUpMax;
        private volatile boolean measuring;
        private volatile CountDownLatch done;

        Probe(Map<String, Long> firedAt, int n) {
            this.firedAt = firedAt;
            this.micros = new long[n];
            this.done = new CountDownLatch(n);
        }

        void reset() {
            count = 0;
            measuring = true;
        }

        synchronized void arrived(List<Event> events) {
            long now = System.nanoTime();
            for (Event e : events) {
                if (e.payload() instanceof OrderFired f) {
                    Long t0 = firedAt.remove(f.orderId());
                    if (t0 == null) {
                        continue;
                    }
                    if (!measuring) {
                        warmUpMax = Math.max(warmUpMax, (now - t0) / 1_000);
                    } else if (count < micros.length) {
                        micros[count++] = (now - t0) / 1_000;
                        done.countDown();
                    }
                }
            }
        }

        void print(String path) {
            long[] sorted = Arrays.copyOf(micros, count);
            Arrays.sort(sorted);
            if (sorted.length == 0) {
                System.out.println(path + ": no tickets arrived");
                return;
            }
            System.out.printf("ticket latency %s: n=%d p50=%.1f ms p99=%.1f ms max=%.1f ms (target p99 <= 100 ms)%n",
                    path, sorted.length, sorted[sorted.length / 2] / 1000.0,
                    sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * 0.99) - 1)] / 1000.0,
                    sorted[sorted.length - 1] / 1000.0);
            System.out.printf("  (warm-up: %d tickets fired back to back, then a ticket every 20 ms timed; the slowest"
                    + " ticket of the burst took %.1f ms)%n", WARM_UP, warmUpMax / 1000.0);
        }
    }
}

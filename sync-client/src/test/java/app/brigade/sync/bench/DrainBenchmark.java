package app.brigade.sync.bench;

import app.brigade.model.event.EventPayload;
import app.brigade.server.auth.DeviceKind;
import app.brigade.store.api.Store;
import app.brigade.store.testkit.Sales;
import app.brigade.sync.SyncClient;
import app.brigade.sync.SyncSettings;
import app.brigade.sync.enroll.DeviceCredentials;
import app.brigade.sync.feed.FeedMode;
import app.brigade.sync.testkit.LiveServer;
import app.brigade.sync.testkit.Terminal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Drain after an outage: 10,000 events (1,000 orders of 10 events) queued in a terminal's store, then
 * pushed to the real server (H2, loopback) and acknowledged. Target ≥ 5,000 events/s. Not a test.
 */
public final class DrainBenchmark {

    private DrainBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int orders = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        Path dir = Files.createTempDirectory("brigade-drain");
        try (LiveServer server = LiveServer.start(dir)) {
            DeviceCredentials me = server.enroll("Drain till", DeviceKind.POS, dir.resolve("config"));
            try (Store store = Store.open(Terminal.options(dir.resolve("store"), me.deviceId(), "D"))) {
                for (int i = 0; i < orders; i++) {
                    store.record(Sales.CASHIER, null, order(store));
                }
                long queued = store.syncStatus().unsyncedCount();
                SyncSettings settings = SyncSettings.builder().feedMode(FeedMode.OFF).build();
                try (SyncClient sync = SyncClient.create(store, me, settings)) {
                    // Woken by the push worker's status updates instead of counting the outbox every
                    // millisecond: that count query took more CPU than the server's ingest on 2 cores.
                    Semaphore changed = new Semaphore(0);
                    sync.addConnectivityListener(snapshot -> changed.release());
                    long start = System.nanoTime();
                    sync.start();
                    while (store.syncStatus().unsyncedCount() > 0) {
                        changed.tryAcquire(50, TimeUnit.MILLISECONDS);
                        changed.drainPermits();
                    }
                    double seconds = (System.nanoTime() - start) / 1e9;
                    System.out.printf("drain: %d events (%d orders) pushed and acknowledged in %.2f s = %.0f events/s"
                            + " (target >= 5000)%n", queued, orders, seconds, queued / seconds);
                }
            }
        }
    }

    private static List<EventPayload> order(Store store) {
        String orderId = Sales.id("ord");
        String number = store.nextOrderNumber();
        List<EventPayload> out = new ArrayList<>();
        out.add(Sales.opened(orderId, number));
        String lastLine = null;
        for (int l = 0; l < 8; l++) {
            lastLine = Sales.id("line");
            out.add(Sales.line(orderId, lastLine, 1));
        }
        out.add(Sales.fired(orderId, number, lastLine, 1, Sales.id("tkt")));
        return out;
    }
}

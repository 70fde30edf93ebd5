package app.brigade.sync.testkit;

import app.brigade.model.event.EventPayload;
import app.brigade.model.protocol.Event;
import app.brigade.store.api.Store;
import app.brigade.store.api.StoreOptions;
import app.brigade.store.projection.BusinessDay;
import app.brigade.store.query.OrderView;
import app.brigade.store.testkit.Sales;
import app.brigade.sync.SyncClient;
import app.brigade.sync.SyncSettings;
import app.brigade.sync.enroll.DeviceCredentials;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A test terminal: a real store in a folder plus its sync client; sells orders of three events each. */
public final class Terminal implements AutoCloseable {

    private final Path folder;
    private final DeviceCredentials credentials;
    private final Store store;
    private final SyncClient sync;

    private Terminal(Path folder, DeviceCredentials credentials, String prefix, SyncSettings settings) {
        this.folder = folder;
        this.credentials = credentials;
        this.store = Store.open(options(folder, credentials.deviceId(), prefix));
        this.sync = SyncClient.create(store, credentials, settings);
    }

    public static StoreOptions options(Path folder, String deviceId, String prefix) {
        return StoreOptions.defaults(folder, deviceId, prefix, Sales.SETTINGS)
                .withBusinessDay(new BusinessDay(ZoneOffset.UTC, LocalTime.of(4, 0)));
    }

    /** Opens the store and starts syncing. */
    public static Terminal start(Path folder, DeviceCredentials credentials, String prefix, SyncSettings settings) {
        Terminal t = new Terminal(folder, credentials, prefix, settings);
        t.sync.start();
        return t;
    }

    /** Settings for tests: short timeouts and backoff so faults are retried quickly. */
    public static SyncSettings.Builder fastSettings() {
        return SyncSettings.builder()
                .connectTimeout(Duration.ofSeconds(2))
                .readTimeout(Duration.ofSeconds(2))
                .writeTimeout(Duration.ofSeconds(2))
                .callTimeout(Duration.ofSeconds(6))
                .streamReadTimeout(Duration.ofSeconds(20))
                .backoff(Duration.ofMillis(20), Duration.ofMillis(250))
                .idlePoll(Duration.ofMillis(200))
                .healthInterval(Duration.ofMillis(500), Duration.ofMillis(100))
                .longPollWaitSeconds(2)
                .lanScanInterval(Duration.ofMillis(500));
    }

    /** Opens, adds a line and fires one order: three events in one journal commit; returns its id. */
    public String sellOrder() {
        String orderId = Sales.id("ord");
        String number = store.nextOrderNumber();
        String lineId = Sales.id("line");
        record(Sales.opened(orderId, number), Sales.line(orderId, lineId, 2),
                Sales.fired(orderId, number, lineId, 2, Sales.id("tkt")));
        return orderId;
    }

    public List<Event> record(EventPayload... payloads) {
        List<Event> events = store.record(Sales.CASHIER, null, payloads).events();
        sync.recorded(events);
        return events;
    }

    /** Order id → "number total" of every open order: equal on terminals whose projections converged. */
    public Map<String, String> orderSummary() {
        Map<String, String> out = new TreeMap<>();
        for (OrderView v : store.openOrders()) {
            out.put(v.order().id(), v.order().number() + " " + v.totals());
        }
        return out;
    }

    public Path folder() {
        return folder;
    }

    public DeviceCredentials credentials() {
        return credentials;
    }

    public Store store() {
        return store;
    }

    public SyncClient sync() {
        return sync;
    }

    public long unsynced() {
        return store.syncStatus().unsyncedCount();
    }

    @Override
    public void close() {
        sync.close();
        store.close();
    }
}

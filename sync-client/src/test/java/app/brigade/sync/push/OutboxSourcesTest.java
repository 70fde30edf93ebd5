package app.brigade.sync.push;

import static org.assertj.core.api.Assertions.assertThat;

import app.brigade.model.protocol.Event;
import app.brigade.model.protocol.EventCodec;
import app.brigade.server.auth.DeviceKind;
import app.brigade.store.api.Store;
import app.brigade.store.query.OutboxEntry;
import app.brigade.store.testkit.Sales;
import app.brigade.sync.SyncSettings;
import app.brigade.sync.enroll.DeviceCredentials;
import app.brigade.sync.http.SyncApi;
import app.brigade.sync.testkit.Await;
import app.brigade.sync.testkit.FaultProxy;
import app.brigade.sync.testkit.LiveServer;
import app.brigade.sync.testkit.Terminal;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A push is built from events the till just recorded (handed over with {@code recorded}) or, when those
 * do not continue the acknowledged sequence, from the store's journaled JSON; either way the server gets
 * each event once and in deviceSeq order, also when connections break mid-request and mid-response.
 */
class OutboxSourcesTest {

    private static final int ORDERS = 60;
    private static final int FAULTS = 100;

    @TempDir
    Path dir;

    @Test
    void aBatchOfStoredJsonIsByteForByteTheEncodedBatch() {
        try (Store store = Store.open(Terminal.options(dir.resolve("store"), "pos-bytes", "A"))) {
            for (int i = 0; i < 5; i++) {
                String orderId = Sales.id("ord");
                String number = store.nextOrderNumber();
                String lineId = Sales.id("line");
                store.record(Sales.CASHIER, null, Sales.opened(orderId, number), Sales.line(orderId, lineId, 2),
                        Sales.fired(orderId, number, lineId, 2, Sales.id("tkt")));
            }
            List<OutboxEntry> entries = store.outboxEntries(0, SyncSettings.MAX_BATCH);
            List<Event> events = store.outboxPage(SyncSettings.MAX_BATCH).events();

            assertThat(entries).extracting(OutboxEntry::deviceSeq).containsExactlyElementsOf(
                    events.stream().map(Event::deviceSeq).toList());
            assertThat(SyncApi.batchJson(entries.stream().map(OutboxEntry::json).toList()))
                    .isEqualTo(new EventCodec().writeBatch(events));
        }
    }

    @Test
    void recordedAndUnannouncedEventsReachTheServerOnceInDeviceSeqOrderThroughBrokenConnections() throws Exception {
        try (LiveServer server = LiveServer.start(dir);
                FaultProxy proxy = new FaultProxy(server.port(), 20261123L, 8_000)) {
            DeviceCredentials direct = server.enroll("Till", DeviceKind.POS, dir.resolve("config"));
            DeviceCredentials proxied = new DeviceCredentials(URI.create("http://127.0.0.1:" + proxy.port()),
                    direct.deviceId(), direct.token(), direct.name(), direct.kind(), direct.enrolledAt());
            SyncSettings settings = Terminal.fastSettings().readTimeout(Duration.ofMillis(800)).build();
            // Every new connection breaks (a clean one would be pooled and carry all the traffic).
            proxy.faultProbability(1.0);
            try (Terminal till = Terminal.start(dir.resolve("till"), proxied, "A", settings)) {
                for (int i = 0; i < ORDERS; i++) {
                    if (i % 3 == 0) {
                        // Recorded without telling the sync client (as an app that never calls recorded()):
                        // the next push must take these from the store before the later, announced ones.
                        String orderId = Sales.id("ord");
                        String number = till.store().nextOrderNumber();
                        String lineId = Sales.id("line");
                        till.store().record(Sales.CASHIER, null, Sales.opened(orderId, number),
                                Sales.line(orderId, lineId, 1), Sales.fired(orderId, number, lineId, 1,
                                        Sales.id("tkt")));
                    } else {
                        till.sellOrder();
                    }
                }
                proxy.awaitFaults(FAULTS, 60_000);
                assertThat(proxy.faults()).as("faults injected: %s", proxy.faultsByKind())
                        .isGreaterThanOrEqualTo(FAULTS);
                proxy.faultProbability(0);
                long last = till.store().lastDeviceSeq();
                Await.until(Duration.ofSeconds(60), "the till's " + last + " events acknowledged",
                        () -> till.unsynced() == 0, () -> till.unsynced() + " unsynced; faults " + proxy.faultsByKind());

                List<Long> seqs = server.events().stream().filter(e -> e.deviceId().equals(direct.deviceId()))
                        .map(Event::deviceSeq).toList();
                assertThat(seqs).as("the server's feed holds deviceSeq 1..%d once each, in order", last)
                        .containsExactlyElementsOf(LongStream.rangeClosed(1, last).boxed().toList());
                assertThat(till.store().syncStatus().ackedDeviceSeq()).isEqualTo(last);
            }
        }
    }
}

package app.brigade.kds.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.brigade.model.catalog.Catalog;
import app.brigade.model.event.OrderFired;
import app.brigade.model.event.OrderOpened;
import app.brigade.model.event.OrderType;
import app.brigade.model.event.TicketBumped;
import app.brigade.model.order.KitchenFiring;
import app.brigade.model.order.LineFactory;
import app.brigade.model.order.LineRequest;
import app.brigade.model.order.Order;
import app.brigade.model.protocol.CatalogCodec;
import app.brigade.model.protocol.Event;
import app.brigade.server.auth.DeviceKind;
import app.brigade.store.api.Store;
import app.brigade.store.api.StoreOptions;
import app.brigade.sync.SyncClient;
import app.brigade.sync.SyncSettings;
import app.brigade.sync.enroll.DeviceCredentials;
import app.brigade.sync.testkit.Await;
import app.brigade.sync.testkit.LiveServer;
import app.brigade.ui.config.ConfigFile;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An enrolled KDS gets tickets from the server feed (no LAN) and its bumps reach the server. */
class KdsSyncTest {

    @TempDir
    Path dir;

    @Test
    void ticketsArriveThroughTheServerFeedAndBumpsGoBack() {
        Catalog catalog = new CatalogCodec().demoRestaurant();
        try (LiveServer server = LiveServer.start(dir.resolve("server"))) {
            DeviceCredentials posCreds = server.enroll("POS-1", DeviceKind.POS, dir.resolve("pos"));
            Properties p = new Properties();
            p.setProperty("data.dir", dir.resolve("kds").toString());
            p.setProperty("server.url", server.uri().toString());
            p.setProperty("sound", "off");
            try (Store pos = Store.open(StoreOptions.defaults(dir.resolve("pos/store"), posCreds.deviceId(), "A",
                    catalog.settings()));
                 SyncClient posSync = SyncClient.create(pos, posCreds, SyncSettings.defaults());
                 KdsContext kds = KdsContext.open(KdsConfig.from(ConfigFile.of(p, "test")),
                         server.code("KDS-1", DeviceKind.KDS))) {
                posSync.start();
                String fries = catalog.items().stream().filter(i -> i.name().equals("Fries")).findFirst()
                        .orElseThrow().id();
                OrderOpened opened = new OrderOpened("o-1", "A-001", OrderType.TAKEOUT, null, 1, "emp-carl", "EUR");
                var line = new LineFactory(catalog).line("o-1", "l-1", LineRequest.of(fries)).orThrow();
                posSync.recorded(pos.record("emp-carl", null, opened, line).events());
                Order order = pos.order("o-1").orElseThrow().order();
                OrderFired fired = KitchenFiring.fire(order, "", "Carl", System.currentTimeMillis(), () -> "tk-1")
                        .orThrow();
                posSync.recorded(pos.record("emp-carl", null, fired).events());

                Await.until(Duration.ofSeconds(30), "the ticket reached the KDS through the server feed",
                        () -> !kds.store().tickets("grill").isEmpty());
                assertThat(kds.store().deviceId()).isEqualTo(kds.sync().orElseThrow().credentials().deviceId());

                Event bump = kds.store().record("emp-kim", null, new TicketBumped("tk-1", "o-1", "grill")).events()
                        .getFirst();
                kds.sync().orElseThrow().recorded(java.util.List.of(bump));
                Await.until(Duration.ofSeconds(30), "the bump reached the server",
                        () -> server.events().stream().anyMatch(e -> e.eventId().equals(bump.eventId())));
                Await.until(Duration.ofSeconds(30), "the POS sees the order ready",
                        () -> pos.order("o-1").orElseThrow().ready());
            }
        }
    }
}

package app.brigade.pos;

import static org.assertj.core.api.Assertions.assertThat;

import app.brigade.model.catalog.Employee;
import app.brigade.model.catalog.StoreSettings;
import app.brigade.model.event.OrderType;
import app.brigade.model.order.LineRequest;
import app.brigade.model.protocol.CatalogCodec;
import app.brigade.model.protocol.Event;
import app.brigade.pos.app.PosConfig;
import app.brigade.pos.app.PosContext;
import app.brigade.server.auth.DeviceKind;
import app.brigade.store.api.Store;
import app.brigade.store.api.StoreOptions;
import app.brigade.sync.lan.LanReceiver;
import app.brigade.sync.status.Connectivity;
import app.brigade.sync.testkit.Await;
import app.brigade.sync.testkit.LiveServer;
import app.brigade.ui.config.ConfigFile;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A POS configured with a server enrolls, pushes every sale exactly once and sends tickets to the KDS over the LAN. */
class PosSyncTest {

    private static final String LAN_TOKEN = "lan-token-0123456789";

    @TempDir
    Path dir;

    @Test
    void anEnrolledPosPushesItsSaleAndSendsTheTicketToTheKdsOverTheLan() throws Exception {
        StoreSettings settings = new CatalogCodec().demoRestaurant().settings();
        try (LiveServer server = LiveServer.start(dir.resolve("server"));
             Store kds = Store.open(StoreOptions.defaults(dir.resolve("kds"), "kds-1", "K", settings));
             LanReceiver lan = LanReceiver.start(kds, new InetSocketAddress("127.0.0.1", 0), Set.of(LAN_TOKEN))) {
            Properties p = new Properties();
            p.setProperty("data.dir", dir.resolve("pos").toString());
            p.setProperty("server.url", server.uri().toString());
            p.setProperty("kds.peers", "grill=http://127.0.0.1:" + lan.port());
            p.setProperty("lan.token", LAN_TOKEN);
            PosConfig config = PosConfig.from(ConfigFile.of(p, "test"));
            List<UUID> recorded;
            try (PosContext pos = PosContext.open(config, server.code("POS-9", DeviceKind.POS))) {
                Employee carl = pos.catalog().employee("emp-carl").orElseThrow();
                pos.service().openShift(carl, 10_000);
                var order = pos.service().openOrder(carl, OrderType.TAKEOUT, null, 1);
                String fries = pos.catalog().items().stream().filter(i -> i.name().equals("Fries")).findFirst()
                        .orElseThrow().id();
                pos.service().addLine(carl, order.order().id(), LineRequest.of(fries));
                pos.service().send(carl, order.order().id());
                pos.service().payCash(carl, order.order().id(), 1_000, 0);
                recorded = pos.store().events().stream().map(Event::eventId).toList();

                Await.until(Duration.ofSeconds(30), "the server holds every POS event",
                        () -> server.events().stream().map(Event::eventId).toList().containsAll(recorded));
                Await.until(Duration.ofSeconds(30), "the grill ticket reached the KDS over the LAN",
                        () -> !kds.tickets("grill").isEmpty());
                Await.until(Duration.ofSeconds(30), "the POS says it is online and synced",
                        () -> pos.sync().orElseThrow().connectivity().state() == Connectivity.State.ONLINE
                                && pos.store().syncStatus().unsyncedCount() == 0);
            }
            List<UUID> onServer = server.events().stream().map(Event::eventId).filter(recorded::contains).toList();
            assertThat(onServer).as("each event exactly once").hasSize(recorded.size())
                    .doesNotHaveDuplicates();

            // Restarting the terminal reuses the saved enrollment: no code needed, same device.
            try (PosContext again = PosContext.open(config)) {
                assertThat(again.store().deviceId()).isEqualTo(again.sync().orElseThrow().credentials().deviceId());
            }
        }
    }
}

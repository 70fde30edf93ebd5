package app.brigade.sync.lan;

import static org.assertj.core.api.Assertions.assertThat;

import app.brigade.model.protocol.Event;
import app.brigade.server.auth.DeviceKind;
import app.brigade.store.testkit.ProjectionDump;
import app.brigade.sync.SyncSettings;
import app.brigade.sync.enroll.DeviceCredentials;
import app.brigade.sync.testkit.Await;
import app.brigade.sync.testkit.LiveServer;
import app.brigade.sync.testkit.Terminal;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kitchen keeps getting tickets over the LAN while the server is down, and never shows one twice. */
class LanDeliveryTest {

    private static final String LAN_KEY = "kitchen-lan-key-0001";

    @TempDir
    Path dir;

    @Test
    void ticketsReachTheKdsOverTheLanWhileTheServerIsDownAndAreNotDuplicatedWhenItReturns() throws Exception {
        try (LiveServer server = LiveServer.start(dir)) {
            DeviceCredentials pos = server.enroll("Front till", DeviceKind.POS, dir.resolve("pos-config"));
            DeviceCredentials kds = server.enroll("Grill screen", DeviceKind.KDS, dir.resolve("kds-config"));
            server.down();

            Path kdsFolder = dir.resolve("kds");
            Terminal kitchen = Terminal.start(kdsFolder, kds, "K", Terminal.fastSettings().build());
            List<Event> posEvents;
            try (LanReceiver lan = LanReceiver.start(kitchen.store(),
                    new InetSocketAddress("127.0.0.1", 0), Set.of(LAN_KEY))) {
                SyncSettings posSettings = Terminal.fastSettings().lanPeers(List.of(new LanPeer("grill",
                        URI.create("http://127.0.0.1:" + lan.port()), LAN_KEY))).build();
                try (Terminal till = Terminal.start(dir.resolve("pos"), pos, "A", posSettings)) {
                    for (int i = 0; i < 20; i++) {
                        till.sellOrder();
                    }
                    Await.until(Duration.ofSeconds(30), "20 tickets on the kitchen screen over the LAN",
                            () -> kitchen.store().tickets(null).size() == 20,
                            () -> kitchen.store().tickets(null).size() + " tickets, " + till.sync().connectivity());
                    assertThat(till.unsynced()).as("the server is down: nothing synced").isEqualTo(60);
                    assertThat(till.sync().lanDeliveries().getFirst().deliveredUpTo()).isEqualTo(60);
                    assertThat(till.sync().connectivity().peers()).singleElement()
                            .satisfies(p -> assertThat(p.reachable()).isTrue());

                    server.up();
                    Await.until(Duration.ofSeconds(60), "the till to sync and the kitchen to get every event",
                            () -> till.unsynced() == 0 && kitchen.store().openOrders().size() == 20,
                            () -> till.unsynced() + " unsynced, kitchen has " + kitchen.store().openOrders().size()
                                    + " orders");
                    assertThat(kitchen.store().tickets(null)).as("no ticket shown twice").hasSize(20);
                    posEvents = till.store().events().stream().filter(e -> e.deviceId().equals(pos.deviceId()))
                            .toList();
                }
            } finally {
                kitchen.close();
            }
            Map<UUID, Integer> applied = ProjectionDump.appliedCounts(kdsFolder);
            for (Event e : posEvents) {
                assertThat(applied.get(e.eventId())).as("event %s (%s) on the KDS", e.eventId(), e.type())
                        .isEqualTo(1);
            }
        }
    }
}

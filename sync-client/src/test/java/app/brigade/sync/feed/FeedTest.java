package app.brigade.sync.feed;

import static org.assertj.core.api.Assertions.assertThat;

import app.brigade.model.protocol.CatalogCodec;
import app.brigade.model.protocol.Event;
import app.brigade.server.auth.DeviceKind;
import app.brigade.store.testkit.Sales;
import app.brigade.sync.SyncSettings;
import app.brigade.sync.enroll.DeviceCredentials;
import app.brigade.sync.testkit.Await;
import app.brigade.sync.testkit.LiveServer;
import app.brigade.sync.testkit.ScriptedServer;
import app.brigade.sync.testkit.Terminal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Other terminals' events arrive through the feed, once, with the cursor; the catalog follows the server. */
class FeedTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(value = FeedMode.class, names = {"STREAM", "LONG_POLL"})
    void eachTerminalAppliesTheOthersEventsOnceAndSavesTheCursor(FeedMode mode) {
        SyncSettings settings = Terminal.fastSettings().feedMode(mode).build();
        try (LiveServer server = LiveServer.start(dir);
                Terminal a = Terminal.start(dir.resolve("a"), server.enroll("A", DeviceKind.POS, dir.resolve("ca")),
                        "A", settings);
                Terminal b = Terminal.start(dir.resolve("b"), server.enroll("B", DeviceKind.POS, dir.resolve("cb")),
                        "B", settings)) {
            List<Event> seenByB = new CopyOnWriteArrayList<>();
            b.sync().addRemoteEventsListener(seenByB::addAll);
            for (int i = 0; i < 5; i++) {
                a.sellOrder();
                b.sellOrder();
            }

            Await.until(Duration.ofSeconds(30), "both terminals to hold all 10 orders",
                    () -> a.store().openOrders().size() == 10 && b.store().openOrders().size() == 10
                            && a.unsynced() == 0 && b.unsynced() == 0);
            long head = server.events().size();
            Await.until(Duration.ofSeconds(30), "B's feed cursor to reach the server head " + head,
                    () -> b.store().cursor(FeedApplier.CURSOR).orElse(0) == head);
            assertThat(seenByB).as("B is told only of A's events").allMatch(e -> e.deviceId().equals(
                    a.store().deviceId())).hasSize(15);
            assertThat(b.orderSummary()).isEqualTo(a.orderSummary());
        }
    }

    @Test
    void aPublishedCatalogReachesTheTerminalThroughTheFeed() {
        try (LiveServer server = LiveServer.start(dir);
                Terminal t = Terminal.start(dir.resolve("t"), server.enroll("T", DeviceKind.POS, dir.resolve("c")),
                        "A", Terminal.fastSettings().build())) {
            CatalogCodec codec = new CatalogCodec();
            assertThat(server.publishCatalog(codec.write(codec.demoRestaurant()))).isEqualTo(200);
            Await.until(Duration.ofSeconds(30), "catalog version 1 in the store",
                    () -> t.store().catalog().map(c -> c.version() == 1).orElse(false));

            assertThat(server.publishCatalog(codec.write(codec.demoRestaurant()))).isEqualTo(200);
            Await.until(Duration.ofSeconds(30), "catalog version 2 in the store",
                    () -> t.store().catalog().map(c -> c.version() == 2).orElse(false));
            assertThat(t.store().catalog().orElseThrow().etag()).startsWith("\"2-");
        }
    }

    @Test
    void whenTheStreamIsUnusableTheFeedFallsBackToLongPoll() throws Exception {
        try (ScriptedServer server = new ScriptedServer()) {
            Path otherFolder = dir.resolve("other");
            List<Event> others;
            try (Terminal other = Terminal.start(otherFolder, new DeviceCredentials(server.uri(), "pos-other", "t",
                    "Other", "pos", Instant.now()), "B", Terminal.fastSettings().build())) {
                others = other.record(Sales.opened(Sales.id("ord"), "B-001"));
            }
            server.feed(others);
            try (Terminal t = Terminal.start(dir.resolve("t"), new DeviceCredentials(server.uri(), "pos-me", "t",
                    "Me", "pos", Instant.now()), "A", Terminal.fastSettings().build())) {
                Await.until(Duration.ofSeconds(30), "the other terminal's order to arrive by long-poll",
                        () -> t.store().openOrders().size() == 1);
                assertThat(t.sync().feedFallenBack()).isTrue();
            }
        }
    }
}

package app.brigade.sync.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import app.brigade.model.protocol.Event;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The end state every sync test checks: all synced, same orders everywhere, the server has each event once. */
public final class Convergence {

    private Convergence() {
    }

    public static void awaitAndCheck(LiveServer server, List<Terminal> terminals, int expectedOrders,
            Duration timeout) {
        Await.until(timeout, "every terminal synced with all " + expectedOrders + " orders",
                () -> terminals.stream().allMatch(t -> t.unsynced() == 0
                        && t.store().openOrders().size() == expectedOrders),
                () -> terminals.stream().map(t -> t.unsynced() + " unsynced, " + t.store().openOrders().size()
                        + " orders, " + t.sync().connectivity().state() + " (" + t.sync().connectivity().detail()
                        + ")").collect(Collectors.joining("; ")));
        Set<UUID> recorded = new HashSet<>();
        for (Terminal t : terminals) {
            t.store().events().stream().filter(e -> e.deviceId().equals(t.store().deviceId()))
                    .forEach(e -> recorded.add(e.eventId()));
        }
        List<UUID> onServer = server.events().stream().map(Event::eventId).toList();
        assertThat(recorded).hasSize(expectedOrders * 3);
        assertThat(onServer).as("server holds each event once").doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(recorded);
        for (Terminal t : terminals) {
            assertThat(t.orderSummary()).as("orders and totals on %s", t.store().deviceId())
                    .isEqualTo(terminals.getFirst().orderSummary());
        }
    }
}

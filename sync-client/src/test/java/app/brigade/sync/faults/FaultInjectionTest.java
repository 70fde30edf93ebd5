package app.brigade.sync.faults;

import static org.assertj.core.api.Assertions.assertThat;

import app.brigade.server.auth.DeviceKind;
import app.brigade.sync.SyncSettings;
import app.brigade.sync.enroll.DeviceCredentials;
import app.brigade.sync.testkit.Convergence;
import app.brigade.sync.testkit.FaultProxy;
import app.brigade.sync.testkit.LiveServer;
import app.brigade.sync.testkit.Terminal;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three terminals sell through a proxy that breaks connections mid-request and mid-response, resets,
 * delays and black-holes them: every event reaches the server exactly once and every terminal ends with
 * the same orders and totals.
 */
class FaultInjectionTest {

    private static final int TERMINALS = 3;
    private static final int ORDERS = 100;
    private static final int FAULTS = 1_000;

    @TempDir
    Path dir;

    @Test
    void threeTerminalsConvergeExactlyOnceThroughAThousandInjectedFaults() throws Exception {
        try (LiveServer server = LiveServer.start(dir);
                FaultProxy proxy = new FaultProxy(server.port(), 20261122L, 8_000)) {
            URI viaProxy = URI.create("http://127.0.0.1:" + proxy.port());
            // Frequent health pings keep requests (and so faults) coming while the tills are quiet.
            SyncSettings settings = Terminal.fastSettings().readTimeout(Duration.ofMillis(800))
                    .healthInterval(Duration.ofMillis(20), Duration.ofMillis(20)).build();
            List<Terminal> terminals = new ArrayList<>();
            // Every connection gets a fault: a clean one would be pooled and carry all the traffic.
            proxy.faultProbability(1.0);
            try {
                for (int i = 0; i < TERMINALS; i++) {
                    DeviceCredentials direct = server.enroll("Till " + i, DeviceKind.POS, dir.resolve("config-" + i));
                    DeviceCredentials proxied = new DeviceCredentials(viaProxy, direct.deviceId(), direct.token(),
                            direct.name(), direct.kind(), direct.enrolledAt());
                    terminals.add(Terminal.start(dir.resolve("terminal-" + i), proxied, "ABC".substring(i, i + 1),
                            settings));
                }

                // Sales are loosely paced by the fault count, so faults hit pushes and streams throughout.
                ExecutorService tills = Executors.newFixedThreadPool(TERMINALS);
                List<Future<?>> selling = new ArrayList<>();
                for (Terminal t : terminals) {
                    selling.add(tills.submit(() -> {
                        for (int k = 0; k < ORDERS; k++) {
                            proxy.awaitFaults(FAULTS * k / ORDERS, 100);
                            t.sellOrder();
                        }
                    }));
                }
                for (Future<?> f : selling) {
                    f.get();
                }
                tills.shutdown();
                proxy.awaitFaults(FAULTS, 60_000);
                assertThat(proxy.faults()).as("faults injected: %s", proxy.faultsByKind())
                        .isGreaterThanOrEqualTo(FAULTS);
                proxy.faultProbability(0);

                Convergence.awaitAndCheck(server, terminals, TERMINALS * ORDERS, Duration.ofSeconds(90));
            } finally {
                terminals.forEach(Terminal::close);
            }
        }
    }
}

package app.brigade.sync.status;

import static org.assertj.core.api.Assertions.assertThat;

import app.brigade.sync.http.ApiResult;
import app.brigade.sync.http.HealthReply;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class ConnectivityTrackerTest {

    private final ConnectivityTracker tracker = new ConnectivityTracker(Clock.systemUTC(), Duration.ofSeconds(2));

    @Test
    void aListenerAddedAfterTheTerminalWentOnlineIsToldAtOnce() {
        tracker.health(new ApiResult.Ok<>(new HealthReply("UP", "test", 0), Duration.ofMillis(5)));
        List<Connectivity.State> seen = new CopyOnWriteArrayList<>();

        tracker.addListener(c -> seen.add(c.state()));

        assertThat(seen).containsExactly(Connectivity.State.ONLINE);
    }

    @Test
    void aListenerHearsEachLaterChangeOnceInOrder() {
        List<Connectivity.State> seen = new CopyOnWriteArrayList<>();
        tracker.addListener(c -> seen.add(c.state()));

        tracker.health(new ApiResult.Ok<>(new HealthReply("UP", "test", 0), Duration.ofMillis(5)));
        tracker.health(new ApiResult.Ok<>(new HealthReply("UP", "test", 0), Duration.ofMillis(7)));
        tracker.health(new ApiResult.Ok<>(new HealthReply("UP", "test", 0), Duration.ofSeconds(3)));

        assertThat(seen).containsExactly(Connectivity.State.UNKNOWN, Connectivity.State.ONLINE,
                Connectivity.State.DEGRADED);
    }
}

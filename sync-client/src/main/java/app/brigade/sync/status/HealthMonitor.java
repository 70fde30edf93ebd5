package app.brigade.sync.status;

import app.brigade.store.api.Store;
import app.brigade.sync.SyncSettings;
import app.brigade.sync.Worker;
import app.brigade.sync.http.ApiResult;
import app.brigade.sync.http.HealthReply;
import app.brigade.sync.http.SyncApi;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Pings {@code GET /v1/health} (often while offline or degraded, rarely while online, and at once when a
 * call failed at the network level), refreshes the unsynced count, and runs the periodic catalog check.
 * When the server becomes reachable again it wakes the other workers so they retry without waiting out
 * their backoff.
 */
public final class HealthMonitor extends Worker {

    private final SyncApi api;
    private final Store store;
    private final ConnectivityTracker tracker;
    private final SyncSettings settings;
    private final Clock clock;
    private final Runnable onReachable;
    private final Runnable periodic;
    private Instant nextPeriodic = Instant.MIN;

    /**
     * @param onReachable run when a ping succeeds after the server was unreachable (or not yet reached)
     * @param periodic    run after a successful ping every {@link SyncSettings#catalogInterval()}
     */
    public HealthMonitor(SyncApi api, Store store, ConnectivityTracker tracker, SyncSettings settings, Clock clock,
            Runnable onReachable, Runnable periodic) {
        super("brigade-sync-health");
        this.api = api;
        this.store = store;
        this.tracker = tracker;
        this.settings = settings;
        this.clock = clock;
        this.onReachable = onReachable;
        this.periodic = periodic;
    }

    @Override
    protected Duration round() {
        Connectivity.State before = tracker.state();
        ApiResult<HealthReply> result = api.health();
        tracker.health(result);
        tracker.outbox(store.syncStatus());
        if (result instanceof ApiResult.Ok<HealthReply>) {
            if (before == Connectivity.State.OFFLINE || before == Connectivity.State.UNKNOWN) {
                onReachable.run();
            }
            Instant now = clock.instant();
            if (!now.isBefore(nextPeriodic)) {
                nextPeriodic = now.plus(settings.catalogInterval());
                periodic.run();
            }
        }
        return tracker.state() == Connectivity.State.ONLINE ? settings.healthInterval()
                : settings.offlineHealthInterval();
    }
}

package app.brigade.sync.status;

import app.brigade.store.query.SyncStatus;
import app.brigade.sync.http.ApiFailure;
import app.brigade.sync.http.ApiResult;
import app.brigade.sync.http.HealthReply;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides the {@link Connectivity} state from the outcomes of real calls and health pings, and tells
 * listeners when the snapshot changes. A network failure of a data call is only a suspicion: it asks
 * for a health ping ({@link #onVerify}), whose answer decides between offline and degraded. Thread-safe;
 * listeners are told in publication order and must return quickly (hand the snapshot to their own thread).
 */
public final class ConnectivityTracker {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectivityTracker.class);

    private final Clock clock;
    private final Duration slowCall;
    private final List<ConnectivityListener> listeners = new CopyOnWriteArrayList<>();
    private final Map<String, PeerStatus> peers = new LinkedHashMap<>();
    private Connectivity.State state = Connectivity.State.UNKNOWN;
    private String detail = "not connected yet";
    private ApiFailure pendingFailure;
    private String reenroll;
    private String blocked;
    private long unsynced;
    private Optional<Duration> oldestAge = Optional.empty();
    private Optional<Instant> lastSync = Optional.empty();
    private Connectivity published;
    /** Held while listeners are told, so they see snapshots in the order they were published. */
    private final Object notifying = new Object();
    private volatile Runnable verify = () -> { };

    public ConnectivityTracker(Clock clock, Duration slowCall) {
        this.clock = clock;
        this.slowCall = slowCall;
    }

    /**
     * Adds a listener and tells it the current snapshot at once, so one added after the state changed
     * (a UI built after the worker started) never waits for the next change to learn it.
     */
    public void addListener(ConnectivityListener listener) {
        synchronized (notifying) {
            listeners.add(listener);
            Connectivity now;
            synchronized (this) {
                now = published != null ? published : build();
            }
            tell(listener, now);
        }
    }

    public void removeListener(ConnectivityListener listener) {
        listeners.remove(listener);
    }

    /** What to run when a call failure needs a health ping to tell offline from degraded. */
    public void onVerify(Runnable action) {
        this.verify = action;
    }

    public synchronized Connectivity snapshot() {
        return build();
    }

    public synchronized Connectivity.State state() {
        return effectiveState();
    }

    /** An authenticated call succeeded; {@code synced} when it moved data (push acknowledged, feed applied). */
    public void succeeded(String what, Duration latency, boolean synced) {
        update(() -> {
            reenroll = null;
            pendingFailure = null;
            if (synced) {
                lastSync = Optional.of(clock.instant());
            }
            judgeLatency(what, latency);
        });
    }

    /** Data from the server was applied (feed events): a successful sync, whatever the link state says. */
    public void synced() {
        update(() -> lastSync = Optional.of(clock.instant()));
    }

    /** An authenticated call failed. */
    public void failed(ApiFailure f) {
        update(() -> {
            switch (f.kind()) {
                case UNAUTHORIZED -> reenroll = "the server refused this terminal's token"
                        + (f.problemType() == null ? "" : " (" + f.problemType() + ")") + ": re-enroll this terminal"
                        + " (ask the manager for an enrollment code). Unsynced sales are kept and sent after"
                        + " re-enrolling. Server said: " + f.detail();
                case NETWORK, TIMEOUT -> pendingFailure = f;
                case SERVER_ERROR, BAD_REPLY, REFUSED -> {
                    pendingFailure = f;
                    state = Connectivity.State.DEGRADED;
                    detail = f.message();
                }
            }
        });
        if (f.unreachable()) {
            verify.run();
        }
    }

    /** The answer of a health ping. */
    public void health(ApiResult<HealthReply> result) {
        update(() -> {
            switch (result) {
                case ApiResult.Ok<HealthReply> ok -> {
                    if (pendingFailure != null) {
                        state = Connectivity.State.DEGRADED;
                        detail = "the server is up but calls fail: " + pendingFailure.message();
                    } else {
                        judgeLatency("health ping", ok.latency());
                    }
                }
                case ApiResult.Failed<HealthReply> failed -> {
                    state = failed.failure().unreachable() ? Connectivity.State.OFFLINE
                            : Connectivity.State.DEGRADED;
                    detail = failed.failure().message();
                }
            }
        });
    }

    /** A problem no retry can fix (e.g. the server holds more of this device than its store); sticky. */
    public void blocked(String why) {
        LOG.error("sync blocked: {}", why);
        update(() -> blocked = why);
    }

    public void outbox(SyncStatus status) {
        update(() -> {
            unsynced = status.unsyncedCount();
            oldestAge = status.oldestUnsyncedAge();
        });
    }

    public void peer(PeerStatus status) {
        update(() -> peers.put(status.name(), status));
    }

    private void judgeLatency(String what, Duration latency) {
        if (latency.compareTo(slowCall) > 0) {
            state = Connectivity.State.DEGRADED;
            detail = "the server answers slowly (" + latency.toMillis() + " ms for " + what + ")";
        } else {
            state = Connectivity.State.ONLINE;
            detail = "connected";
        }
    }

    private Connectivity.State effectiveState() {
        if (reenroll != null) {
            return Connectivity.State.REENROLL_REQUIRED;
        }
        return blocked != null ? Connectivity.State.DEGRADED : state;
    }

    private Connectivity build() {
        String text = reenroll != null ? reenroll : blocked != null ? blocked : detail;
        return new Connectivity(effectiveState(), text, unsynced, oldestAge, lastSync,
                new ArrayList<>(peers.values()), clock.instant());
    }

    /** Applies a change; notifies listeners outside the lock if the snapshot changed. */
    private void update(Runnable change) {
        synchronized (notifying) {
            Connectivity now;
            synchronized (this) {
                change.run();
                now = build();
                if (now.sameAs(published)) {
                    return;
                }
                published = now;
            }
            for (ConnectivityListener l : listeners) {
                tell(l, now);
            }
        }
    }

    private static void tell(ConnectivityListener l, Connectivity now) {
        try {
            l.connectivityChanged(now);
        } catch (RuntimeException e) {
            LOG.warn("connectivity listener {} failed", l, e);
        }
    }
}

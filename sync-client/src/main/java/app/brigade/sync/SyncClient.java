package app.brigade.sync;

import app.brigade.model.protocol.Event;
import app.brigade.store.api.Store;
import app.brigade.sync.enroll.DeviceCredentials;
import app.brigade.sync.feed.CatalogRefresher;
import app.brigade.sync.feed.FeedApplier;
import app.brigade.sync.feed.FeedMode;
import app.brigade.sync.feed.FeedWorker;
import app.brigade.sync.feed.RemoteEventsListener;
import app.brigade.sync.http.HttpClients;
import app.brigade.sync.http.SyncApi;
import app.brigade.sync.lan.LanDelivery;
import app.brigade.sync.lan.LanPeer;
import app.brigade.sync.push.PushWorker;
import app.brigade.sync.status.Connectivity;
import app.brigade.sync.status.ConnectivityListener;
import app.brigade.sync.status.ConnectivityTracker;
import app.brigade.sync.status.HealthMonitor;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import okhttp3.OkHttpClient;

/**
 * Everything a terminal needs to sync, wired by hand around one shared OkHttp client: the outbox
 * {@link PushWorker}, the feed ({@link FeedWorker} + {@link FeedApplier}), the {@link HealthMonitor}
 * deciding {@link Connectivity}, and one {@link LanDelivery} per LAN peer.
 *
 * <pre>{@code
 * DeviceCredentials me = Enrollment.load(configFolder, serverUrl);
 * try (SyncClient sync = SyncClient.create(store, me, SyncSettings.defaults())) {
 *     sync.addConnectivityListener(statusBar::show);
 *     sync.start();
 *     sync.recorded(store.record(...).events());   // wakes the push and LAN workers
 * }
 * }</pre>
 */
public final class SyncClient implements AutoCloseable {

    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

    private final Store store;
    private final DeviceCredentials credentials;
    private final SyncSettings settings;
    private final OkHttpClient http;
    private final ConnectivityTracker tracker;
    private final PushWorker push;
    private final FeedApplier applier;
    private final FeedWorker feed;
    private final HealthMonitor health;
    private final CatalogRefresher catalog;
    private final List<LanDelivery> lan = new ArrayList<>();
    private boolean started;
    private boolean closed;

    private SyncClient(Store store, DeviceCredentials credentials, SyncSettings settings, Clock clock) {
        this.store = store;
        this.credentials = credentials;
        this.settings = settings;
        this.http = HttpClients.create(settings, credentials.server());
        SplittableRandom seeds = new SplittableRandom();
        this.tracker = new ConnectivityTracker(clock, settings.slowCall());
        SyncApi api = new SyncApi(credentials.server(), http, credentials.token(), settings.streamReadTimeout());
        this.push = new PushWorker(store, api, tracker, settings, seeds.split());
        this.catalog = new CatalogRefresher(store, api, tracker);
        this.applier = new FeedApplier(store, tracker, catalog);
        this.feed = new FeedWorker(api, applier, tracker, settings, clock, seeds.split());
        for (LanPeer peer : settings.lanPeers()) {
            SyncApi peerApi = new SyncApi(peer.url(), http, peer.token(), settings.streamReadTimeout());
            lan.add(new LanDelivery(store, peer, peerApi, tracker, settings, clock, seeds.split()));
        }
        this.health = new HealthMonitor(api, store, tracker, settings, clock, this::syncNow, catalog::refresh);
        tracker.onVerify(health::wake);
        tracker.outbox(store.syncStatus());
    }

    /**
     * A client for {@code store}, not started yet.
     *
     * @throws app.brigade.sync.enroll.EnrollmentMismatchException when the store belongs to another device
     */
    public static SyncClient create(Store store, DeviceCredentials credentials, SyncSettings settings) {
        return create(store, credentials, settings, Clock.systemUTC());
    }

    public static SyncClient create(Store store, DeviceCredentials credentials, SyncSettings settings, Clock clock) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(settings, "settings");
        credentials.requireMatches(store);
        return new SyncClient(store, credentials, settings, clock);
    }

    /** Starts the workers; syncing then runs until {@link #close()}. */
    public synchronized void start() {
        if (closed) {
            throw new IllegalStateException("this sync client is closed");
        }
        if (started) {
            return;
        }
        started = true;
        health.start();
        push.start();
        if (settings.feedMode() != FeedMode.OFF) {
            applier.start();
            feed.start();
        }
        lan.forEach(Worker::start);
    }

    /**
     * Tells the workers that {@code events} were just recorded (as {@code Store.record} returned them, so
     * durable): they are pushed now without being read back from the store, and LAN peers get kitchen events.
     */
    public void recorded(List<Event> events) {
        push.offer(events);
        lan.forEach(l -> l.offer(events));
    }

    /** Retries everything now (e.g. a "sync now" button, or the server answered again). */
    public void syncNow() {
        push.wake();
        feed.wake();
        lan.forEach(Worker::wake);
    }

    public Connectivity connectivity() {
        return tracker.snapshot();
    }

    public void addConnectivityListener(ConnectivityListener listener) {
        tracker.addListener(listener);
    }

    public void removeConnectivityListener(ConnectivityListener listener) {
        tracker.removeListener(listener);
    }

    /** Told after feed or LAN events from other devices are applied (e.g. new tickets on a KDS). */
    public void addRemoteEventsListener(RemoteEventsListener listener) {
        applier.addListener(listener);
    }

    public List<LanDelivery> lanDeliveries() {
        return List.copyOf(lan);
    }

    /** The last server sequence of the feed applied to the store. */
    public long feedPosition() {
        return applier.applied();
    }

    /** True while the feed long-polls because the stream did not work. */
    public boolean feedFallenBack() {
        return feed.fallenBack();
    }

    public DeviceCredentials credentials() {
        return credentials;
    }

    public Store store() {
        return store;
    }

    /** Stops every worker (in-flight calls are cancelled; nothing unacknowledged is lost) and the HTTP client. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        lan.forEach(l -> l.stop(STOP_TIMEOUT));
        feed.stop(STOP_TIMEOUT);
        applier.stop(STOP_TIMEOUT);
        push.stop(STOP_TIMEOUT);
        health.stop(STOP_TIMEOUT);
        HttpClients.shutdown(http);
    }
}

package app.brigade.sync.lan;

import app.brigade.model.protocol.Event;
import app.brigade.store.api.Store;
import app.brigade.store.api.SyncCursor;
import app.brigade.store.query.OutboxPage;
import app.brigade.sync.Backoff;
import app.brigade.sync.SyncSettings;
import app.brigade.sync.Worker;
import app.brigade.sync.http.ApiFailure;
import app.brigade.sync.http.ApiResult;
import app.brigade.sync.http.PushAck;
import app.brigade.sync.http.SyncApi;
import app.brigade.sync.status.ConnectivityTracker;
import app.brigade.sync.status.PeerStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends this terminal's kitchen events ({@code OrderFired}, ticket events) straight to one LAN peer with
 * the same {@code POST /v1/events} contract as the server, so the kitchen keeps getting tickets while
 * the server or the internet is down. Its own outbox: a persistent cursor {@code lan:<peer>} (highest
 * deviceSeq delivered) in the store, fed by {@link #offer} and by scans of the server outbox. The peer
 * applies by event id, so the same event arriving later through the server is not applied twice.
 */
public final class LanDelivery extends Worker {

    private static final Logger LOG = LoggerFactory.getLogger(LanDelivery.class);
    /** How far a scan looks into the unacknowledged outbox (recovery after a restart). */
    private static final int SCAN_LIMIT = 5_000;

    private final Store store;
    private final LanPeer peer;
    private final SyncApi api;
    private final Set<String> types;
    private final ConnectivityTracker tracker;
    private final SyncSettings settings;
    private final Clock clock;
    private final Backoff backoff;
    private final ConcurrentSkipListMap<Long, Event> pending = new ConcurrentSkipListMap<>();
    private volatile long deliveredUpTo;
    private Instant nextScan = Instant.MIN;
    private Optional<Instant> lastDelivery = Optional.empty();

    public LanDelivery(Store store, LanPeer peer, SyncApi api, ConnectivityTracker tracker, SyncSettings settings,
            Clock clock, RandomGenerator random) {
        super("brigade-sync-lan-" + peer.name());
        this.store = store;
        this.peer = peer;
        this.api = api;
        this.types = settings.lanTypes();
        this.tracker = tracker;
        this.settings = settings;
        this.clock = clock;
        this.backoff = new Backoff(settings.backoffBase(), settings.backoffCap(), random);
        this.deliveredUpTo = store.cursor(peer.cursorName()).orElse(0);
        tracker.peer(new PeerStatus(peer.name(), false, deliveredUpTo, "not contacted yet", Optional.empty()));
    }

    public LanPeer peer() {
        return peer;
    }

    /** The highest local deviceSeq the peer has confirmed (saved in the store as {@code lan:<peer>}). */
    public long deliveredUpTo() {
        return deliveredUpTo;
    }

    /**
     * Queues freshly recorded events; those of the kitchen types go to the peer. Events are sent even if
     * below the cursor (recorded concurrently out of order): the peer ignores what it already has.
     */
    public void offer(List<Event> events) {
        boolean any = false;
        for (Event e : events) {
            if (e.deviceId().equals(store.deviceId()) && types.contains(e.type())) {
                pending.put(e.deviceSeq(), e);
                any = true;
            }
        }
        if (any) {
            wake();
        }
    }

    @Override
    protected Duration round() {
        Instant now = clock.instant();
        if (!now.isBefore(nextScan)) {
            nextScan = now.plus(settings.lanScanInterval());
            scanOutbox();
        }
        if (pending.isEmpty()) {
            return settings.idlePoll();
        }
        List<Event> batch = new ArrayList<>();
        for (Event e : pending.values()) {
            batch.add(e);
            if (batch.size() == settings.pushBatch()) {
                break;
            }
        }
        return switch (api.push(batch)) {
            case ApiResult.Ok<PushAck> ok -> delivered(batch);
            case ApiResult.Failed<PushAck> failed -> failed(failed.failure());
        };
    }

    private Duration delivered(List<Event> batch) {
        long last = batch.getLast().deviceSeq();
        if (last > deliveredUpTo) {
            store.applyRemote(List.of(), new SyncCursor(peer.cursorName(), last));
            deliveredUpTo = last;
        }
        batch.forEach(e -> pending.remove(e.deviceSeq(), e));
        lastDelivery = Optional.of(clock.instant());
        backoff.reset();
        tracker.peer(new PeerStatus(peer.name(), true, deliveredUpTo, "", lastDelivery));
        return pending.isEmpty() ? settings.idlePoll() : Duration.ZERO;
    }

    private Duration failed(ApiFailure f) {
        // After a failure, look at the outbox again once the peer answers: events may have piled up.
        nextScan = Instant.MIN;
        tracker.peer(new PeerStatus(peer.name(), false, deliveredUpTo, f.message(), lastDelivery));
        LOG.debug("LAN delivery to {} failed: {}", peer, f.message());
        return f.kind() == ApiFailure.Kind.UNAUTHORIZED || f.kind() == ApiFailure.Kind.REFUSED ? backoff.capped()
                : backoff.next();
    }

    private void scanOutbox() {
        OutboxPage page = store.outboxPage(SCAN_LIMIT);
        for (Event e : page.events()) {
            if (e.deviceSeq() > deliveredUpTo && types.contains(e.type())) {
                pending.putIfAbsent(e.deviceSeq(), e);
            }
        }
    }
}

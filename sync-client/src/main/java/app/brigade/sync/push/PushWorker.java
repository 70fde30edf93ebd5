package app.brigade.sync.push;

import app.brigade.model.protocol.Event;
import app.brigade.model.protocol.EventCodec;
import app.brigade.store.api.Store;
import app.brigade.store.query.OutboxEntry;
import app.brigade.store.query.SyncStatus;
import app.brigade.sync.Backoff;
import app.brigade.sync.SyncSettings;
import app.brigade.sync.Worker;
import app.brigade.sync.http.ApiFailure;
import app.brigade.sync.http.ApiResult;
import app.brigade.sync.http.PushAck;
import app.brigade.sync.http.SyncApi;
import app.brigade.sync.status.ConnectivityTracker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The terminal's one outbox worker (DESIGN §3): pushes unacknowledged local events in deviceSeq order,
 * at most one batch in flight, and on the first failure stops and retries from the same deviceSeq after
 * a capped, jittered backoff. It never reorders and never drops an event.
 *
 * <p>Each batch is the contiguous run of deviceSeqs right above the server's acknowledgement: taken from
 * events the till just recorded ({@link #offer}, durable already, so the push does not wait for the store's
 * H2 apply) or else read from the store's outbox as the JSON it journaled (no decode and re-encode).
 * The acknowledgement is kept in memory and written to the store when the outbox is empty (after a long
 * drain at once, after a few live events within {@link #PERSIST_IDLE}), every {@link #PERSIST_EVERY} while
 * draining, and when the worker stops: a crash in between only means events
 * the server already has are sent again, which it answers as duplicates (the same as a crash between the
 * server's answer and the store write, which could always happen).
 */
public final class PushWorker extends Worker {

    private static final Logger LOG = LoggerFactory.getLogger(PushWorker.class);
    private static final long PERSIST_EVERY = Duration.ofMillis(500).toNanos();
    private static final long PERSIST_IDLE = Duration.ofMillis(200).toNanos();
    /** Recorded events kept for the next push; beyond this the store's outbox serves (e.g. offline). */
    private static final int RECENT_LIMIT = 4 * SyncSettings.MAX_BATCH;

    private final Store store;
    private final SyncApi api;
    private final ConnectivityTracker tracker;
    private final SyncSettings settings;
    private final Backoff backoff;
    private final EventCodec codec = new EventCodec();
    private final ConcurrentSkipListMap<Long, Event> recent = new ConcurrentSkipListMap<>();
    /** The server's acknowledged deviceSeq as this worker knows it (push thread only, -1 until read). */
    private long acked = -1;
    /** What the store holds as acknowledged (push thread only). */
    private long persisted;
    private long persistedAt;

    public PushWorker(Store store, SyncApi api, ConnectivityTracker tracker, SyncSettings settings,
            RandomGenerator random) {
        super("brigade-sync-push");
        this.store = store;
        this.api = api;
        this.tracker = tracker;
        this.settings = settings;
        this.backoff = new Backoff(settings.backoffBase(), settings.backoffCap(), random);
    }

    /** Hands over freshly recorded (durable) events so the next push need not read them back; wakes the worker. */
    public void offer(List<Event> events) {
        for (Event e : events) {
            if (e.deviceId().equals(store.deviceId()) && recent.size() < RECENT_LIMIT) {
                recent.put(e.deviceSeq(), e);
            }
        }
        wake();
    }

    /** A batch on its way: the wire JSON and the deviceSeqs it covers ({@code after + 1 .. last}). */
    private record Outgoing(String json, long after, long last) {
    }

    @Override
    protected Duration round() {
        if (acked < 0) {
            acked = store.syncStatus().ackedDeviceSeq();
            persisted = acked;
            persistedAt = System.nanoTime();
        }
        Outgoing batch = next();
        if (batch == null) {
            long due = persistedAt + PERSIST_IDLE - System.nanoTime();
            if (acked - persisted < SyncSettings.MAX_BATCH && due > 0) {
                // A few live events: record their acknowledgement a little later, together with the next
                // ones, instead of an H2 commit per push (each also waits for the store's apply transaction).
                return Duration.ofNanos(Math.min(due, settings.idlePoll().toNanos()));
            }
            persistAck();
            tracker.outbox(status());
            return settings.idlePoll();
        }
        return switch (api.pushBatch(batch.json())) {
            case ApiResult.Ok<PushAck> ok -> acknowledged(batch, ok.value(), ok.latency());
            case ApiResult.Failed<PushAck> failed -> failed(failed.failure());
        };
    }

    /**
     * The next contiguous run above {@link #acked}: from the recorded events if they have it, else the store.
     * The recorded events are checked first: {@code lastDeviceSeq} takes the store's sequencer lock, which a
     * till recording at the same moment holds while it decides.
     */
    private Outgoing next() {
        recent.headMap(acked, true).clear();
        if (!recent.containsKey(acked + 1) && store.lastDeviceSeq() <= acked) {
            return null;
        }
        List<String> json = new ArrayList<>();
        long seq = acked;
        for (Map.Entry<Long, Event> e : recent.entrySet()) {
            if (e.getKey() != seq + 1 || json.size() == settings.pushBatch()) {
                break;
            }
            json.add(codec.write(e.getValue()));
            seq = e.getKey();
        }
        if (json.isEmpty()) {
            for (OutboxEntry e : store.outboxEntries(acked, settings.pushBatch())) {
                json.add(e.json());
                seq = e.deviceSeq();
            }
        }
        return json.isEmpty() ? null : new Outgoing(SyncApi.batchJson(json), acked, seq);
    }

    private Duration failed(ApiFailure f) {
        tracker.failed(f);
        Duration wait = f.kind() == ApiFailure.Kind.UNAUTHORIZED || f.kind() == ApiFailure.Kind.REFUSED
                ? backoff.capped() : backoff.next();
        LOG.debug("push failed ({}); retrying the same batch in {} ms", f.message(), wait.toMillis());
        return wait;
    }

    private Duration acknowledged(Outgoing batch, PushAck ack, Duration latency) {
        long last = ack.acked() > batch.last() ? store.lastDeviceSeq() : batch.last();
        if (ack.acked() > last) {
            tracker.blocked("the server holds events up to deviceSeq " + ack.acked() + " of device " + store.deviceId()
                    + " but this terminal's store only has up to " + last + ": the store is not the one this"
                    + " terminal was enrolled with (or was restored from an old backup); nothing more is sent."
                    + " Open the right store or re-enroll the terminal");
            return backoff.capped();
        }
        acked = Math.max(acked, ack.acked());
        tracker.succeeded("push", latency, true);
        if (ack.acked() < batch.last()) {
            Long missing = ack.missingFrom();
            if (missing != null && missing <= batch.after()) {
                return resendAcknowledged(missing, batch.after());
            }
            tracker.failed(new ApiFailure(ApiFailure.Kind.BAD_REPLY, "POST /v1/events", 200, null, "the server"
                    + " acknowledged only up to deviceSeq " + ack.acked() + " of a batch ending at " + batch.last(),
                    latency));
            return backoff.next();
        }
        backoff.reset();
        if (System.nanoTime() - persistedAt > PERSIST_EVERY) {
            // Draining a long outbox: keep the store and the count shown to the user roughly current.
            persistAck();
            tracker.outbox(status());
        }
        // The next round sends what is left, or finds nothing, records the acknowledgement and idles.
        return Duration.ZERO;
    }

    /**
     * The server lost events it had acknowledged (e.g. restored from a backup): send them again from the
     * store, in order, so its acknowledged sequence can move past the gap.
     */
    private Duration resendAcknowledged(long from, long to) {
        LOG.warn("the server is missing deviceSeq {}..{} of {} that it acknowledged earlier; sending them again",
                from, to, store.deviceId());
        long after = from - 1;
        while (after < to) {
            List<String> json = new ArrayList<>();
            for (OutboxEntry e : store.outboxEntries(after, settings.pushBatch())) {
                if (e.deviceSeq() > to) {
                    break;
                }
                json.add(e.json());
                after = e.deviceSeq();
            }
            if (json.isEmpty()) {
                break;
            }
            if (api.pushBatch(SyncApi.batchJson(json)) instanceof ApiResult.Failed<PushAck> f) {
                return failed(f.failure());
            }
        }
        return Duration.ZERO;
    }

    private void persistAck() {
        if (acked > persisted) {
            store.markAcknowledged(acked);
            persisted = acked;
        }
        persistedAt = System.nanoTime();
    }

    /** The outbox as the user sees it, without a store query when everything is acknowledged. */
    private SyncStatus status() {
        if (store.lastDeviceSeq() <= acked) {
            return new SyncStatus(0, Optional.empty(), acked);
        }
        return store.syncStatus();
    }

    @Override
    protected void finished() {
        if (acked > persisted) {
            try {
                persistAck();
            } catch (RuntimeException e) {
                LOG.warn("could not record the acknowledgement up to deviceSeq {}; those events will be sent again",
                        acked, e);
            }
        }
    }
}

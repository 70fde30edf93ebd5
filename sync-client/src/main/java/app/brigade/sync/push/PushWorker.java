package app.brigade.sync.push;

import app.brigade.model.protocol.Event;
import app.brigade.store.api.Store;
import app.brigade.store.query.OutboxPage;
import app.brigade.sync.Backoff;
import app.brigade.sync.SyncSettings;
import app.brigade.sync.Worker;
import app.brigade.sync.http.ApiFailure;
import app.brigade.sync.http.ApiResult;
import app.brigade.sync.http.PushAck;
import app.brigade.sync.http.SyncApi;
import app.brigade.sync.status.ConnectivityTracker;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The terminal's one outbox worker (DESIGN §3): pushes unacknowledged local events in deviceSeq order,
 * at most one batch in flight, marks what the server acknowledges, and on the first failure stops and
 * retries the same batch after a capped, jittered backoff. It never reorders and never drops an event.
 */
public final class PushWorker extends Worker {

    private static final Logger LOG = LoggerFactory.getLogger(PushWorker.class);

    private final Store store;
    private final SyncApi api;
    private final ConnectivityTracker tracker;
    private final SyncSettings settings;
    private final Backoff backoff;
    private long statusAt;

    public PushWorker(Store store, SyncApi api, ConnectivityTracker tracker, SyncSettings settings,
            RandomGenerator random) {
        super("brigade-sync-push");
        this.store = store;
        this.api = api;
        this.tracker = tracker;
        this.settings = settings;
        this.backoff = new Backoff(settings.backoffBase(), settings.backoffCap(), random);
    }

    @Override
    protected Duration round() {
        OutboxPage page = store.outboxPage(settings.pushBatch());
        if (page.events().isEmpty()) {
            tracker.outbox(store.syncStatus());
            return settings.idlePoll();
        }
        return switch (api.push(page.events())) {
            case ApiResult.Ok<PushAck> ok -> acknowledged(page, ok.value(), ok.latency());
            case ApiResult.Failed<PushAck> failed -> failed(failed.failure());
        };
    }

    private Duration failed(ApiFailure f) {
        tracker.failed(f);
        Duration wait = f.kind() == ApiFailure.Kind.UNAUTHORIZED || f.kind() == ApiFailure.Kind.REFUSED
                ? backoff.capped() : backoff.next();
        LOG.debug("push failed ({}); retrying the same batch in {} ms", f.message(), wait.toMillis());
        return wait;
    }

    private Duration acknowledged(OutboxPage page, PushAck ack, Duration latency) {
        long last = store.lastDeviceSeq();
        if (ack.acked() > last) {
            tracker.blocked("the server holds events up to deviceSeq " + ack.acked() + " of device " + store.deviceId()
                    + " but this terminal's store only has up to " + last + ": the store is not the one this"
                    + " terminal was enrolled with (or was restored from an old backup); nothing more is sent."
                    + " Open the right store or re-enroll the terminal");
            return backoff.capped();
        }
        if (ack.acked() > page.ackedDeviceSeq()) {
            store.markAcknowledged(ack.acked());
        }
        tracker.succeeded("push", latency, true);
        boolean more = page.unsyncedCount() > page.events().size();
        long now = System.nanoTime();
        // While draining a long outbox, refresh the count (a query) at most every half second.
        if (!more || now - statusAt > 500_000_000L) {
            statusAt = now;
            tracker.outbox(store.syncStatus());
        }
        long sentUpTo = page.events().getLast().deviceSeq();
        if (ack.acked() < sentUpTo) {
            Long missing = ack.missingFrom();
            if (missing != null && missing <= page.ackedDeviceSeq()) {
                return resendAcknowledged(missing, page.ackedDeviceSeq());
            }
            tracker.failed(new ApiFailure(ApiFailure.Kind.BAD_REPLY, "POST /v1/events", 200, null, "the server"
                    + " acknowledged only up to deviceSeq " + ack.acked() + " of a batch ending at " + sentUpTo,
                    latency));
            return backoff.next();
        }
        backoff.reset();
        return more ? Duration.ZERO : settings.idlePoll();
    }

    /**
     * The server lost events it had acknowledged (e.g. restored from a backup): send them again from the
     * store, in order, so its acknowledged sequence can move past the gap.
     */
    private Duration resendAcknowledged(long from, long to) {
        LOG.warn("the server is missing deviceSeq {}..{} of {} that it acknowledged earlier; sending them again",
                from, to, store.deviceId());
        List<Event> again = store.events().stream()
                .filter(e -> e.deviceId().equals(store.deviceId()) && e.deviceSeq() >= from && e.deviceSeq() <= to)
                .sorted(Comparator.comparingLong(Event::deviceSeq)).toList();
        for (int i = 0; i < again.size(); i += settings.pushBatch()) {
            List<Event> batch = again.subList(i, Math.min(again.size(), i + settings.pushBatch()));
            if (api.push(batch) instanceof ApiResult.Failed<PushAck> f) {
                return failed(f.failure());
            }
        }
        return Duration.ZERO;
    }
}

package app.brigade.sync.feed;

import app.brigade.sync.Backoff;
import app.brigade.sync.SyncSettings;
import app.brigade.sync.Worker;
import app.brigade.sync.http.ApiFailure;
import app.brigade.sync.http.ApiResult;
import app.brigade.sync.http.FeedEntry;
import app.brigade.sync.http.FeedPageReply;
import app.brigade.sync.http.SyncApi;
import app.brigade.sync.status.ConnectivityTracker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.random.RandomGenerator;
import okhttp3.Call;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows the server's feed from the stored cursor: Server-Sent Events when they work, long-poll when
 * the stream is unusable (wrong content type or refused, e.g. behind a buffering proxy) for
 * {@link SyncSettings#streamRetryAfter()}, then the stream again. Entries go to the {@link FeedApplier}.
 */
public final class FeedWorker extends Worker {

    private static final Logger LOG = LoggerFactory.getLogger(FeedWorker.class);
    private static final int PAGE = 500;

    private final SyncApi api;
    private final FeedApplier applier;
    private final ConnectivityTracker tracker;
    private final SyncSettings settings;
    private final Clock clock;
    private final Backoff backoff;
    private volatile Call inFlight;
    private Instant streamAllowedAt = Instant.MIN;

    public FeedWorker(SyncApi api, FeedApplier applier, ConnectivityTracker tracker, SyncSettings settings,
            Clock clock, RandomGenerator random) {
        super("brigade-sync-feed");
        this.api = api;
        this.applier = applier;
        this.tracker = tracker;
        this.settings = settings;
        this.clock = clock;
        this.backoff = new Backoff(settings.backoffBase(), settings.backoffCap(), random);
    }

    /** True while the feed uses long-poll because the stream did not work. */
    public boolean fallenBack() {
        return settings.feedMode() == FeedMode.STREAM && clock.instant().isBefore(streamAllowedAt);
    }

    @Override
    protected Duration round() throws InterruptedException {
        boolean stream = settings.feedMode() == FeedMode.STREAM && !clock.instant().isBefore(streamAllowedAt);
        return stream ? stream() : longPoll();
    }

    private Duration stream() {
        long generation = applier.generation();
        long after = applier.position();
        boolean[] opened = {false};
        ApiResult<Long> result = api.stream(after, new SyncApi.StreamHandler() {
            @Override
            public void opened(Duration latency) {
                opened[0] = true;
                backoff.reset();
                tracker.succeeded("feed stream", latency, true);
            }

            @Override
            public void event(FeedEntry entry) throws InterruptedException {
                if (!applier.put(entry, generation)) {
                    throw new InterruptedException("feed restarts from " + applier.position());
                }
            }
        }, call -> inFlight = call);
        inFlight = null;
        if (!running()) {
            return Duration.ZERO;
        }
        return switch (result) {
            case ApiResult.Ok<Long> ok -> opened[0] && ok.value() > 0 ? Duration.ZERO : backoff.next();
            case ApiResult.Failed<Long> failed -> streamFailed(failed.failure(), opened[0], generation);
        };
    }

    private Duration streamFailed(ApiFailure f, boolean opened, long generation) {
        if (generation != applier.generation()) {
            return Duration.ZERO;
        }
        boolean unusable = !opened && (f.kind() == ApiFailure.Kind.BAD_REPLY
                || f.kind() == ApiFailure.Kind.REFUSED && (f.status() == 404 || f.status() == 405
                        || f.status() == 406));
        if (unusable) {
            streamAllowedAt = clock.instant().plus(settings.streamRetryAfter());
            LOG.info("the feed stream is unusable ({}); long-polling for the next {} s", f.message(),
                    settings.streamRetryAfter().toSeconds());
            return Duration.ZERO;
        }
        tracker.failed(f);
        LOG.debug("feed stream ended: {}", f.message());
        return f.kind() == ApiFailure.Kind.UNAUTHORIZED ? backoff.capped() : backoff.next();
    }

    private Duration longPoll() throws InterruptedException {
        long generation = applier.generation();
        long after = applier.position();
        ApiResult<FeedPageReply> result = api.page(after, PAGE, settings.longPollWaitSeconds(),
                call -> inFlight = call);
        inFlight = null;
        if (!running()) {
            return Duration.ZERO;
        }
        switch (result) {
            case ApiResult.Ok<FeedPageReply> ok -> {
                // Latency includes the server's wait: not a measure of slowness.
                tracker.succeeded("feed", Duration.ZERO, true);
                backoff.reset();
                for (FeedEntry e : ok.value().entries()) {
                    if (!applier.put(e, generation)) {
                        return Duration.ZERO;
                    }
                }
                return Duration.ZERO;
            }
            case ApiResult.Failed<FeedPageReply> failed -> {
                tracker.failed(failed.failure());
                return failed.failure().kind() == ApiFailure.Kind.UNAUTHORIZED ? backoff.capped() : backoff.next();
            }
        }
    }

    @Override
    protected void cancelInFlight() {
        Call c = inFlight;
        if (c != null) {
            c.cancel();
        }
    }
}

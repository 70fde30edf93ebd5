package app.brigade.sync.feed;

import app.brigade.store.api.Store;
import app.brigade.store.query.CatalogSnapshot;
import app.brigade.sync.http.ApiResult;
import app.brigade.sync.http.CatalogFetch;
import app.brigade.sync.http.SyncApi;
import app.brigade.sync.status.ConnectivityTracker;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the store's catalog equal to the server's: revalidates with the stored ETag and saves a changed
 * catalog. Runs on {@code CatalogPublished}, when the store knows of a newer version, and periodically.
 */
public final class CatalogRefresher {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogRefresher.class);

    private final Store store;
    private final SyncApi api;
    private final ConnectivityTracker tracker;

    public CatalogRefresher(Store store, SyncApi api, ConnectivityTracker tracker) {
        this.store = store;
        this.api = api;
        this.tracker = tracker;
    }

    /** True when the feed announced a catalog version newer than the stored one. */
    public boolean behind() {
        long stored = store.catalog().map(CatalogSnapshot::version).orElse(0L);
        return store.publishedCatalogVersion().orElse(0L) > stored;
    }

    /** Fetches the catalog if it changed; returns the newly saved one, if any. */
    public synchronized Optional<CatalogSnapshot> refresh() {
        Optional<CatalogSnapshot> current = store.catalog();
        ApiResult<CatalogFetch> result = api.catalog(current.map(CatalogSnapshot::etag).orElse(null));
        switch (result) {
            case ApiResult.Ok<CatalogFetch>(CatalogFetch.Changed changed, var latency) -> {
                CatalogSnapshot fresh = changed.snapshot();
                if (current.isPresent() && current.get().version() > fresh.version()) {
                    LOG.warn("the server serves catalog version {} but this terminal has {}; keeping the newer",
                            fresh.version(), current.get().version());
                    return Optional.empty();
                }
                store.saveCatalog(fresh);
                tracker.succeeded("catalog", latency, true);
                LOG.info("catalog version {} saved ({})", fresh.version(), fresh.etag());
                return Optional.of(fresh);
            }
            case ApiResult.Ok<CatalogFetch> unchanged -> {
                return Optional.empty();
            }
            case ApiResult.Failed<CatalogFetch> failed -> {
                if (failed.failure().status() == 404) {
                    LOG.debug("no catalog published on the server yet");
                } else {
                    tracker.failed(failed.failure());
                }
                return Optional.empty();
            }
        }
    }
}

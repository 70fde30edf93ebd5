package app.brigade.sync.feed;

import app.brigade.model.event.CatalogPublished;
import app.brigade.model.protocol.Event;
import app.brigade.store.api.Store;
import app.brigade.store.api.StoreFailedException;
import app.brigade.store.api.SyncCursor;
import app.brigade.sync.http.FeedEntry;
import app.brigade.sync.status.ConnectivityTracker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.ArrayDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies feed entries to the store in batches on its own thread: other devices' events idempotently,
 * this device's own skipped, and the feed cursor saved in the same H2 transaction as the events. The
 * queue is bounded, so a fast stream waits for the store instead of filling the heap.
 */
public final class FeedApplier {

    /** The store cursor holding the last server sequence applied. */
    public static final String CURSOR = "server-feed";

    private static final Logger LOG = LoggerFactory.getLogger(FeedApplier.class);
    private static final int BATCH = 500;
    /** How long a cursor past this device's own events may stay unsaved (it costs an H2 commit). */
    private static final long OWN_CURSOR_DELAY = TimeUnit.SECONDS.toNanos(1);

    private final Store store;
    private final ConnectivityTracker tracker;
    private final CatalogRefresher catalog;
    private final List<RemoteEventsListener> listeners = new CopyOnWriteArrayList<>();
    private static final int CAPACITY = 4 * BATCH;
    private final ArrayDeque<FeedEntry> queue = new ArrayDeque<>(CAPACITY);
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notEmpty = lock.newCondition();
    private final Condition notFull = lock.newCondition();
    private volatile long enqueued;
    private volatile long applied;
    private volatile long generation;
    private volatile boolean running;
    private Thread thread;
    /** A position past own events only, not saved yet (applier thread); 0 when none. */
    private long unsavedCursor;
    private long unsavedSince;

    public FeedApplier(Store store, ConnectivityTracker tracker, CatalogRefresher catalog) {
        this.store = store;
        this.tracker = tracker;
        this.catalog = catalog;
        this.applied = store.cursor(CURSOR).orElse(0);
        this.enqueued = applied;
    }

    public void addListener(RemoteEventsListener listener) {
        listeners.add(listener);
    }

    /** Where the feed should continue: after the last entry handed over (applied or queued). */
    public long position() {
        return Math.max(enqueued, applied);
    }

    /**
     * The last server sequence applied: saved with the store, except that a position past this device's own
     * events (nothing to apply) is saved up to a second later, with the next remote events or when idle.
     */
    public long applied() {
        return applied;
    }

    /**
     * Changes whenever queued entries were dropped (a failed apply, a stop): a reader that started at an
     * older generation must start again from {@link #position()}.
     */
    public long generation() {
        return generation;
    }

    /**
     * Hands an entry over, waiting while the queue is full; entries at or below the position are ignored.
     * Returns false when {@code readerGeneration} is stale: the reader must reconnect from the position.
     */
    public boolean put(FeedEntry entry, long readerGeneration) throws InterruptedException {
        lock.lock();
        try {
            while (true) {
                if (readerGeneration != generation || !running) {
                    return false;
                }
                if (entry.serverSeq() <= position()) {
                    return true;
                }
                if (queue.size() < CAPACITY) {
                    queue.add(entry);
                    enqueued = entry.serverSeq();
                    notEmpty.signal();
                    return true;
                }
                notFull.await(200, TimeUnit.MILLISECONDS);
            }
        } finally {
            lock.unlock();
        }
    }

    private List<FeedEntry> take() throws InterruptedException {
        lock.lock();
        try {
            if (queue.isEmpty()) {
                notEmpty.await(200, TimeUnit.MILLISECONDS);
            }
            List<FeedEntry> batch = new ArrayList<>(Math.min(BATCH, queue.size()));
            while (!queue.isEmpty() && batch.size() < BATCH) {
                batch.add(queue.poll());
            }
            notFull.signalAll();
            return batch;
        } finally {
            lock.unlock();
        }
    }

    public synchronized void start() {
        running = true;
        thread = Thread.ofPlatform().daemon().name("brigade-sync-feed-apply").start(this::loop);
    }

    public void stop(Duration timeout) {
        Thread t;
        synchronized (this) {
            running = false;
            t = thread;
        }
        if (t != null) {
            try {
                t.join(timeout);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (t == null || !t.isAlive()) {
            try {
                saveOwnCursor();
            } catch (RuntimeException e) {
                LOG.debug("feed cursor {} not saved at stop; the feed re-reads from the saved one", unsavedCursor, e);
            }
        }
        drop();
    }

    private void drop() {
        lock.lock();
        try {
            generation++;
            queue.clear();
            enqueued = applied;
            notFull.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void loop() {
        List<FeedEntry> batch = List.of();
        while (running) {
            try {
                batch = take();
                if (!batch.isEmpty()) {
                    apply(batch);
                }
                if (unsavedCursor > 0 && (batch.isEmpty() || System.nanoTime() - unsavedSince > OWN_CURSOR_DELAY)) {
                    saveOwnCursor();
                }
            } catch (InterruptedException e) {
                return;
            } catch (StoreFailedException e) {
                tracker.blocked("the terminal's store failed while applying the feed (" + e.getMessage()
                        + "); restart the terminal");
                running = false;
                return;
            } catch (RuntimeException e) {
                LOG.error("applying {} feed events failed; they are fetched again", batch.size(), e);
                drop();
            }
        }
    }

    private void saveOwnCursor() {
        long position = unsavedCursor;
        if (position > 0) {
            store.applyRemote(List.of(), new SyncCursor(CURSOR, position));
            unsavedCursor = 0;
        }
    }

    private void apply(List<FeedEntry> batch) {
        String own = store.deviceId();
        List<Event> remote = new ArrayList<>(batch.size());
        boolean catalogChanged = false;
        for (FeedEntry e : batch) {
            if (!own.equals(e.event().deviceId())) {
                remote.add(e.event());
                catalogChanged |= e.event().payload() instanceof CatalogPublished;
            }
        }
        long last = batch.getLast().serverSeq();
        if (remote.isEmpty()) {
            // Only this device's own events (a till hears its own pushes back): nothing to apply, and
            // saving the position alone would be an H2 commit per push. Re-reading them after a crash is
            // harmless (they are skipped again), so the position is saved a little later.
            if (unsavedCursor == 0) {
                unsavedSince = System.nanoTime();
            }
            unsavedCursor = last;
        } else {
            store.applyRemote(remote, new SyncCursor(CURSOR, last));
            unsavedCursor = 0;
        }
        applied = last;
        tracker.synced();
        if (!remote.isEmpty()) {
            for (RemoteEventsListener l : listeners) {
                try {
                    l.applied(remote);
                } catch (RuntimeException e) {
                    LOG.warn("remote events listener {} failed", l, e);
                }
            }
        }
        if (catalogChanged || catalog.behind()) {
            catalog.refresh();
        }
    }
}

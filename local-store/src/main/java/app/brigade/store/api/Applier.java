package app.brigade.store.api;

import app.brigade.store.journal.JournalEntry;
import app.brigade.store.projection.Projector;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies durable journal batches to H2 on its own thread, so a {@code record} caller is released as
 * soon as its records are fsynced (ADR 0011) while H2 catches up right behind. H2 sees the same
 * transactions as when the group-commit leader applied them itself: one durable batch per
 * transaction, merged with the next queued batches only while the total stays within
 * {@link #MERGE_UP_TO} events (a batch is never split, so a sync cursor is saved in the same
 * transaction as the last of its events).
 *
 * <p>It does not race the next fsync: it starts when recording pauses ({@link #IDLE_NANOS}), when a query
 * waits for it, or when {@link #APPLY_AT_BACKLOG} entries wait (ADR 0015).
 *
 * <p>Only durable entries reach H2, so H2 may lag the journal but never lead it; a crash with entries
 * still queued leaves H2 behind and the replay on open applies them. Queries call {@link #awaitApplied}
 * first, so a caller always reads its own acknowledged events.
 */
final class Applier implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Applier.class);
    /**
     * Queued batches are merged into one transaction only up to this many events: as many as
     * {@link #APPLY_AT_BACKLOG}, so a backlog is one H2 commit, not four. Each commit serialises every page it
     * changed, which was ≈ 44 % of this thread's CPU at 256; 1,024 took 18–20 % off its CPU per event with 16
     * writers (median of interleaved runs, 2026-12-07, docs/benchmarks.md).
     */
    static final int MERGE_UP_TO = 1_024;
    /** Most durable entries waiting for H2 before the journal leader waits too (bounded memory and lag). */
    static final int MAX_BACKLOG = 20_000;
    /**
     * The applier waits for a pause in recording this long before it applies what is queued (ADR 0015):
     * on two cores an H2 transaction running beside the next fsync slows that acknowledgement, so H2 work
     * goes into the gaps between a cashier's taps, or to whoever needs it at once ({@link #awaitApplied}).
     */
    static final long IDLE_NANOS = 2_000_000;
    /** Without a pause, the applier starts anyway once this many durable entries wait (bounded lag). */
    static final int APPLY_AT_BACKLOG = 1_024;
    /** Housekeeping (H2 compaction, ADR 0018) runs when the queue is empty, at most this often. */
    static final long HOUSEKEEPING_EVERY_NANOS = 5_000_000_000L;

    private final Projector projector;
    private final Map<UUID, SyncCursor> cursorsToSave;
    private final Consumer<Throwable> onFailure;
    private final Runnable housekeeping;
    private long lastHousekeepingNanos = System.nanoTime();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final ArrayDeque<List<JournalEntry>> queue = new ArrayDeque<>();
    private final Thread thread;
    private int backlog;
    private long appliedUpTo;
    private volatile long appliedEntries;
    private Throwable failure;
    private boolean stopping;
    private boolean paused;
    /** Callers blocked in {@link #awaitApplied}: the applier starts at once instead of waiting for a pause. */
    private int waiters;
    private long lastSubmitNanos;

    Applier(Projector projector, Map<UUID, SyncCursor> cursorsToSave, long appliedUpTo, String name,
            Consumer<Throwable> onFailure) {
        this(projector, cursorsToSave, appliedUpTo, name, onFailure, () -> { });
    }

    /** {@code housekeeping} runs on the applier thread after an apply that emptied the queue, at most every 5 s. */
    Applier(Projector projector, Map<UUID, SyncCursor> cursorsToSave, long appliedUpTo, String name,
            Consumer<Throwable> onFailure, Runnable housekeeping) {
        this.housekeeping = housekeeping;
        this.projector = projector;
        this.cursorsToSave = cursorsToSave;
        this.appliedUpTo = appliedUpTo;
        this.onFailure = onFailure;
        this.thread = Thread.ofPlatform().daemon().name("store-apply-" + name).start(this::run);
    }

    /** Called by the group-commit leader right after an fsync, with the batch in journal order. */
    void submit(List<JournalEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        lock.lock();
        try {
            while (backlog >= MAX_BACKLOG && failure == null && !stopping) {
                changed.awaitUninterruptibly();
            }
            if (failure != null || stopping) {
                return; // failed or closing: the replay on the next open applies these from the journal
            }
            boolean wasEmpty = queue.isEmpty();
            queue.add(List.copyOf(entries));
            backlog += entries.size();
            lastSubmitNanos = System.nanoTime();
            if (wasEmpty || backlog >= APPLY_AT_BACKLOG) {
                changed.signalAll(); // the first entry starts the applier's wait for a pause; later ones extend it
            }
        } finally {
            lock.unlock();
        }
    }

    /** Entries applied (or skipped as duplicates) since open; compared with those the store enqueued. */
    long appliedEntries() {
        return appliedEntries;
    }

    /** Blocks until every journal position up to {@code position} is applied to H2. */
    void awaitApplied(long position) {
        lock.lock();
        try {
            if (appliedUpTo >= position) {
                return;
            }
            waiters++;
            changed.signalAll();
            try {
                waitFor(position);
            } finally {
                waiters--;
            }
        } finally {
            lock.unlock();
        }
    }

    private void waitFor(long position) {
        while (appliedUpTo < position) {
            if (failure != null) {
                throw new StoreFailedException("the local database stopped applying events (" + failure.getMessage()
                        + "); every acknowledged event is in the journal: restart the terminal to recover",
                        failure);
            }
            if (!thread.isAlive()) {
                throw new IllegalStateException("the store is closed");
            }
            changed.awaitUninterruptibly();
        }
    }

    private void run() {
        try {
            loop();
        } finally {
            lock.lock();
            try {
                changed.signalAll();
            } finally {
                lock.unlock();
            }
        }
    }

    private void loop() {
        List<JournalEntry> batch = new ArrayList<>();
        while (true) {
            lock.lock();
            try {
                while (!stopping) {
                    if (queue.isEmpty() || paused) {
                        changed.awaitUninterruptibly();
                        continue;
                    }
                    long quietFor = System.nanoTime() - lastSubmitNanos;
                    if (waiters > 0 || backlog >= APPLY_AT_BACKLOG || quietFor >= IDLE_NANOS) {
                        break;
                    }
                    try {
                        changed.awaitNanos(IDLE_NANOS - quietFor);
                    } catch (InterruptedException e) {
                        break; // nobody interrupts this thread; if something does, apply now rather than spin
                    }
                }
                if (queue.isEmpty() || paused) {
                    return; // closing (drained) or crashing on purpose (test seam)
                }
                batch.addAll(queue.poll());
                while (!queue.isEmpty() && batch.size() + queue.peek().size() <= MERGE_UP_TO) {
                    batch.addAll(queue.poll());
                }
            } finally {
                lock.unlock();
            }
            try {
                List<SyncCursor> cursors = new ArrayList<>();
                if (!cursorsToSave.isEmpty()) {
                    for (JournalEntry entry : batch) {
                        SyncCursor c = cursorsToSave.remove(entry.event().eventId());
                        if (c != null) {
                            cursors.add(c);
                        }
                    }
                }
                projector.apply(batch, db -> cursors.forEach(c -> Store.saveCursor(db, c)));
            } catch (RuntimeException | Error e) {
                LOG.error("applying {} durable event(s) to H2 failed; the store accepts no more changes until it is"
                        + " reopened (the journal has them all)", batch.size(), e);
                lock.lock();
                try {
                    failure = e;
                    queue.clear();
                    backlog = 0;
                    changed.signalAll();
                } finally {
                    lock.unlock();
                }
                onFailure.accept(e);
                return;
            }
            boolean idle;
            lock.lock();
            try {
                appliedUpTo = Math.max(appliedUpTo, batch.getLast().position());
                appliedEntries += batch.size();
                backlog -= batch.size();
                idle = queue.isEmpty() && waiters == 0;
                changed.signalAll();
            } finally {
                lock.unlock();
            }
            batch.clear();
            if (idle && System.nanoTime() - lastHousekeepingNanos >= HOUSEKEEPING_EVERY_NANOS) {
                lastHousekeepingNanos = System.nanoTime();
                try {
                    housekeeping.run();
                } catch (RuntimeException e) {
                    // Only space is at stake: the next round tries again, and nothing applied is lost.
                    LOG.warn("H2 housekeeping failed; applying goes on", e);
                }
            }
        }
    }

    /** Test seam: stops applying (entries stay queued) until {@link #resume}, to hold the apply-lag window open. */
    void pause() {
        lock.lock();
        try {
            paused = true;
        } finally {
            lock.unlock();
        }
    }

    void resume() {
        lock.lock();
        try {
            paused = false;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Applies what is queued, then stops. With {@code drain} false (a simulated crash) whatever is still
     * queued is dropped, as a killed process would.
     */
    void stop(boolean drain) {
        lock.lock();
        try {
            stopping = true;
            paused = !drain;
            if (!drain) {
                queue.clear();
                backlog = 0;
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop(true);
    }
}

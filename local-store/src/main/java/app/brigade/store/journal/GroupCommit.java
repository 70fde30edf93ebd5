package app.brigade.store.journal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Leader/follower group commit: the first waiting caller becomes the leader, takes everything
 * queued so far and flushes it in one go (one write, one fsync); the others wait for their batch.
 * When the leader finishes, it wakes exactly the callers whose items it flushed, plus one caller still
 * queued to lead the next batch. (Until 2026-12-07 it woke every waiter; with 16 writers on two cores
 * the woken callers queueing for the lock again, only to go back to sleep, cost about 12 % of the
 * recording threads' CPU.) A woken caller whose item is done returns without taking the lock.
 */
final class GroupCommit<T extends GroupCommit.Item> {

    /** Something queued for a flush, completed by the leader with success or the flush's failure. */
    abstract static class Item {
        private volatile boolean done;
        /** Written before {@link #done}, so whoever sees {@code done} sees it. */
        private Throwable failure;
        /** The thread parked on this item; guarded by the group commit's lock. */
        Thread waiter;

        final boolean isDone() {
            return done;
        }

        final Throwable failure() {
            return failure;
        }

        final void complete(Throwable outcome) {
            this.failure = outcome;
            this.done = true;
        }
    }

    /** Flushes one batch durably; runs on the leader thread with no lock held. */
    @FunctionalInterface
    interface Flush<T> {
        void flush(List<T> batch) throws Exception;
    }

    private final ReentrantLock lock = new ReentrantLock();
    private final Flush<T> flush;
    private List<T> queue = new ArrayList<>();
    private boolean leading;

    GroupCommit(Flush<T> flush) {
        this.flush = flush;
    }

    void enqueue(T item) {
        lock.lock();
        try {
            queue.add(item);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Blocks until {@code item}'s batch was flushed; returns the flush's failure, or null. Not
     * interruptible (an acknowledged write must not be abandoned half way); an interrupt is kept.
     */
    Throwable await(T item) {
        // Cleared before anything else: a leader flushing with the flag set would have its FileChannel
        // closed under it (ClosedByInterruptException) and the journal failed for good.
        boolean interrupted = Thread.interrupted();
        while (!item.isDone()) {
            List<T> batch = null;
            lock.lock();
            try {
                item.waiter = null;
                if (item.isDone()) {
                    break;
                }
                if (leading) {
                    item.waiter = Thread.currentThread();
                } else {
                    leading = true;
                    batch = queue;
                    queue = new ArrayList<>();
                }
            } finally {
                lock.unlock();
            }
            if (batch != null) {
                lead(batch);
            } else {
                LockSupport.park(this);
                interrupted |= Thread.interrupted();
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return item.failure();
    }

    private void lead(List<T> batch) {
        Throwable failure = null;
        try {
            flush.flush(batch);
        } catch (Throwable t) {
            failure = t;
        }
        List<Thread> wake = new ArrayList<>(batch.size() + 1);
        lock.lock();
        try {
            leading = false;
            for (T done : batch) {
                done.complete(failure);
                if (done.waiter != null) {
                    wake.add(done.waiter);
                    done.waiter = null;
                }
            }
            for (T next : queue) {
                if (next.waiter != null) {
                    wake.add(next.waiter);
                    break;
                }
            }
        } finally {
            lock.unlock();
        }
        for (Thread t : wake) {
            LockSupport.unpark(t);
        }
    }
}

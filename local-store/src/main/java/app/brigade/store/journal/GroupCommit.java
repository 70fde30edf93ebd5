package app.brigade.store.journal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Leader/follower group commit: the first waiting caller becomes the leader, takes everything
 * queued so far and flushes it in one go (one write, one fsync); the others wait for their batch.
 * When the leader finishes, a caller still queued becomes the next leader.
 */
final class GroupCommit<T extends GroupCommit.Item> {

    /** Something queued for a flush, completed by the leader with success or the flush's failure. */
    abstract static class Item {
        private boolean done;
        private Throwable failure;

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
    private final Condition finished = lock.newCondition();
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

    /** Blocks until {@code item}'s batch was flushed; returns the flush's failure, or null. */
    Throwable await(T item) {
        lock.lock();
        try {
            while (!item.isDone()) {
                if (leading) {
                    finished.awaitUninterruptibly();
                    continue;
                }
                leading = true;
                List<T> batch = queue;
                queue = new ArrayList<>();
                lock.unlock();
                Throwable failure = null;
                try {
                    flush.flush(batch);
                } catch (Throwable t) {
                    failure = t;
                } finally {
                    lock.lock();
                }
                leading = false;
                for (T done : batch) {
                    done.complete(failure);
                }
                finished.signalAll();
            }
            return item.failure();
        } finally {
            lock.unlock();
        }
    }
}

package app.brigade.server.feed;

import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The newest server sequence this instance knows of, and a way to wait for a newer one. Advanced by
 * local ingests at once and by {@link FeedWatcher} for events other instances wrote.
 */
public final class FeedSignal {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private long head;
    private boolean closed;

    public void advance(long newHead) {
        lock.lock();
        try {
            if (newHead > head) {
                head = newHead;
                changed.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    public long head() {
        lock.lock();
        try {
            return head;
        } finally {
            lock.unlock();
        }
    }

    /** Waits until the head passes {@code seq}, the time is up or the server stops; returns the head. */
    public long awaitBeyond(long seq, Duration timeout) throws InterruptedException {
        long remaining = timeout.toNanos();
        lock.lock();
        try {
            while (head <= seq && !closed && remaining > 0) {
                remaining = changed.awaitNanos(remaining);
            }
            return head;
        } finally {
            lock.unlock();
        }
    }

    public boolean closed() {
        lock.lock();
        try {
            return closed;
        } finally {
            lock.unlock();
        }
    }

    /** Wakes every waiter for good; streams end. */
    public void close() {
        lock.lock();
        try {
            closed = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }
}

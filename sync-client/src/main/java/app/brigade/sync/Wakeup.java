package app.brigade.sync;

import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/** A latch a worker sleeps on between rounds; {@link #wake()} ends the current or the next sleep early. */
public final class Wakeup {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition signal = lock.newCondition();
    private boolean woken;

    public void wake() {
        lock.lock();
        try {
            woken = true;
            signal.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Sleeps up to {@code timeout}, or not at all if woken since the last sleep; clears the wake-up. */
    public void await(Duration timeout) throws InterruptedException {
        lock.lock();
        try {
            long nanos = timeout.toNanos();
            while (!woken && nanos > 0) {
                nanos = signal.awaitNanos(nanos);
            }
            woken = false;
        } finally {
            lock.unlock();
        }
    }
}

package app.brigade.sync;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A named background loop: runs {@link #round()} again and again, sleeping between rounds for the time
 * the round returns, cut short by {@link #wake()}. Stopping never interrupts the thread (an interrupt
 * during a store write would close the journal's file channel); it cancels in-flight calls instead.
 */
public abstract class Worker {

    private static final Logger LOG = LoggerFactory.getLogger(Worker.class);
    private static final Duration AFTER_BUG = Duration.ofSeconds(1);

    private final String name;
    private final Wakeup wakeup = new Wakeup();
    private volatile boolean running;
    private Thread thread;

    protected Worker(String name) {
        this.name = name;
    }

    public final String name() {
        return name;
    }

    public final synchronized void start() {
        if (thread != null) {
            throw new IllegalStateException(name + " is already started");
        }
        running = true;
        thread = Thread.ofPlatform().daemon().name(name).start(this::loop);
    }

    /** Ends the current sleep (or the next one) so the worker runs a round now. */
    public final void wake() {
        wakeup.wake();
    }

    protected final boolean running() {
        return running;
    }

    /** One round of work; returns how long to sleep before the next unless woken. */
    protected abstract Duration round() throws InterruptedException;

    /** Called by {@link #stop} to unblock a round waiting on the network (cancel the call). */
    protected void cancelInFlight() {
    }

    /** Called on the worker's thread once the loop has ended (e.g. to save what is only in memory). */
    protected void finished() {
    }

    private void loop() {
        try {
            rounds();
        } finally {
            finished();
        }
    }

    private void rounds() {
        while (running) {
            Duration next;
            try {
                next = round();
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                LOG.error("{} failed unexpectedly; retrying in {} s", name, AFTER_BUG.toSeconds(), e);
                next = AFTER_BUG;
            }
            if (!running) {
                return;
            }
            try {
                wakeup.await(next);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Stops the loop and waits up to {@code timeout} for the current round to end. */
    public final void stop(Duration timeout) {
        Thread t;
        synchronized (this) {
            running = false;
            t = thread;
        }
        cancelInFlight();
        wakeup.wake();
        if (t != null && t != Thread.currentThread()) {
            try {
                t.join(timeout);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (t.isAlive()) {
                LOG.warn("{} did not stop within {} ms", name, timeout.toMillis());
            }
        }
    }
}

package app.brigade.devices.emulator;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Knobs of the emulated printer: paper end, cover open, silence, the drawer switch, and one-shot
 * faults that stall or drop the connection part-way through a receipt. Safe to use from any thread.
 */
public final class EmulatorControls {

    private volatile boolean paperEnd;
    private volatile boolean coverOpen;
    private volatile boolean silent;
    private volatile boolean drawerOpen;
    private volatile boolean stalled;
    private final AtomicInteger stallAfter = new AtomicInteger(-1);
    private final AtomicInteger dropAfter = new AtomicInteger(-1);
    private volatile CountDownLatch faultFired = new CountDownLatch(1);

    /** Reports paper end (and stops printing) until {@code false} ("paper loaded"). */
    public void paperEnd(boolean on) {
        paperEnd = on;
    }

    /** Reports cover open (and stops printing) until {@code false}. */
    public void coverOpen(boolean on) {
        coverOpen = on;
    }

    /** Ignores everything, answers nothing: a hung or powered-off printer on a live cable. */
    public void silent(boolean on) {
        silent = on;
    }

    /** The cashier closed the drawer. */
    public void closeDrawer() {
        drawerOpen = false;
    }

    /** Whether the drawer is open (a pulse opens it, {@link #closeDrawer()} closes it). */
    public boolean drawerOpen() {
        return drawerOpen;
    }

    /**
     * Once {@code bytes} bytes of the next receipt have arrived, stop reading (as if jammed) until
     * the connection dies or {@link #releaseStall()}.
     */
    public void stallAfterReceiptBytes(int bytes) {
        faultFired = new CountDownLatch(1);
        stallAfter.set(bytes);
    }

    /** Once {@code bytes} bytes of the next receipt have arrived, drop the connection (peer dies). */
    public void dropConnectionAfterReceiptBytes(int bytes) {
        faultFired = new CountDownLatch(1);
        dropAfter.set(bytes);
    }

    /** Ends a stall; reading continues. */
    public void releaseStall() {
        stalled = false;
    }

    /** Waits until the armed fault has fired; false on timeout. */
    public boolean awaitFault(Duration timeout) throws InterruptedException {
        return faultFired.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    boolean silent() {
        return silent;
    }

    boolean canPrint() {
        return !paperEnd && !coverOpen && !silent;
    }

    boolean stalled() {
        return stalled;
    }

    void drawerKicked() {
        drawerOpen = true;
    }

    /** Whether a stall fault fires now, given the bytes received for the current receipt. */
    boolean stallDue(int bytesSinceCut) {
        int limit = stallAfter.get();
        if (limit >= 0 && bytesSinceCut >= limit && stallAfter.compareAndSet(limit, -1)) {
            stalled = true;
            faultFired.countDown();
            return true;
        }
        return false;
    }

    /** Whether a drop fault fires now. */
    boolean dropDue(int bytesSinceCut) {
        int limit = dropAfter.get();
        if (limit >= 0 && bytesSinceCut >= limit && dropAfter.compareAndSet(limit, -1)) {
            faultFired.countDown();
            return true;
        }
        return false;
    }

    void connectionLost() {
        stalled = false;
    }

    /** The answer to {@code DLE EOT n}, with the fixed bits 0x12. */
    byte statusByte(int n) {
        int status = 0x12;
        boolean offline = paperEnd || coverOpen;
        switch (n) {
            case 1 -> status |= (drawerOpen ? 0x04 : 0) | (offline ? 0x08 : 0);
            case 2 -> status |= (coverOpen ? 0x04 : 0) | (paperEnd ? 0x20 : 0);
            case 4 -> status |= paperEnd ? 0x60 : 0;
            default -> {
                // n = 3: no cutter or mechanical error to report.
            }
        }
        return (byte) status;
    }
}

package app.brigade.model.protocol;

import java.util.function.LongSupplier;

/** Issues {@link Hlc} timestamps that never go backwards, even when the wall clock does. Thread-safe. */
public final class HlcClock {

    private final LongSupplier wallClock;
    private long lastWall;
    private int lastCounter;

    public HlcClock(LongSupplier wallClock) {
        this(wallClock, Hlc.ZERO);
    }

    /** Starts after {@code last}, e.g. the newest timestamp found in the journal on start. */
    public HlcClock(LongSupplier wallClock, Hlc last) {
        this.wallClock = wallClock;
        this.lastWall = last.wallMillis();
        this.lastCounter = last.counter();
    }

    /** A timestamp for a local event. */
    public synchronized Hlc now() {
        long wall = wallClock.getAsLong();
        if (wall > lastWall) {
            lastWall = wall;
            lastCounter = 0;
        } else {
            lastCounter++;
        }
        return new Hlc(lastWall, lastCounter);
    }

    /** Merges a timestamp seen on an event from another device, so later local events sort after it. */
    public synchronized Hlc receive(Hlc remote) {
        long wall = wallClock.getAsLong();
        long max = Math.max(wall, Math.max(lastWall, remote.wallMillis()));
        if (max == lastWall && max == remote.wallMillis()) {
            lastCounter = Math.max(lastCounter, remote.counter()) + 1;
        } else if (max == lastWall) {
            lastCounter++;
        } else if (max == remote.wallMillis()) {
            lastCounter = remote.counter() + 1;
        } else {
            lastCounter = 0;
        }
        lastWall = max;
        return new Hlc(lastWall, lastCounter);
    }
}

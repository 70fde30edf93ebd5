package app.brigade.pos.login;

import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Limits PIN guessing: after {@value #MAX_TRIES} wrong PINs in a row the pad locks for 30 s, and each
 * further lockout doubles it (capped at 15 min). Every failure is logged.
 */
public final class PinLockout {

    public static final int MAX_TRIES = 5;
    private static final Logger LOG = LoggerFactory.getLogger(PinLockout.class);
    private static final long FIRST_LOCK_MS = 30_000;
    private static final long MAX_LOCK_MS = 15 * 60_000;

    private final LongSupplier clock;
    private int failures;
    private int lockouts;
    private long lockedUntil;

    public PinLockout(LongSupplier clock) {
        this.clock = clock;
    }

    /** Seconds left before the pad takes PINs again; 0 when it is open. */
    public long secondsLeft() {
        long left = lockedUntil - clock.getAsLong();
        return left <= 0 ? 0 : (left + 999) / 1000;
    }

    public boolean locked() {
        return secondsLeft() > 0;
    }

    /** Tries left before the next lockout. */
    public int triesLeft() {
        return MAX_TRIES - failures;
    }

    public void failed() {
        failures++;
        LOG.warn("wrong PIN entered ({} of {})", failures, MAX_TRIES);
        if (failures >= MAX_TRIES) {
            long lock = Math.min(FIRST_LOCK_MS << Math.min(lockouts, 10), MAX_LOCK_MS);
            lockedUntil = clock.getAsLong() + lock;
            lockouts++;
            failures = 0;
            LOG.warn("PIN pad locked for {} s after {} wrong PINs", lock / 1000, MAX_TRIES);
        }
    }

    public void succeeded() {
        failures = 0;
        lockouts = 0;
    }
}

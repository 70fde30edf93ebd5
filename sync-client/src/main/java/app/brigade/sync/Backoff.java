package app.brigade.sync;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with jitter, capped (DESIGN §3): the n-th consecutive failure waits a random time
 * between half and all of {@code min(cap, base × 2^(n-1))}, so terminals that failed together do not
 * retry together. Not thread-safe: one per worker.
 */
public final class Backoff {

    private final Duration base;
    private final Duration cap;
    private final RandomGenerator random;
    private int failures;

    public Backoff(Duration base, Duration cap, RandomGenerator random) {
        this.base = Objects.requireNonNull(base, "base");
        this.cap = Objects.requireNonNull(cap, "cap");
        this.random = Objects.requireNonNull(random, "random");
        if (base.isNegative() || base.isZero() || cap.compareTo(base) < 0) {
            throw new IllegalArgumentException("backoff needs 0 < base <= cap, got base " + base + ", cap " + cap);
        }
    }

    /** The wait before the next attempt after one more failure. */
    public Duration next() {
        failures = Math.min(failures + 1, 62);
        long ceiling = ceilingMillis(failures);
        long half = ceiling / 2;
        return Duration.ofMillis(half + random.nextLong(ceiling - half + 1));
    }

    /** The longest wait, used when retrying sooner cannot help (e.g. a revoked token). */
    public Duration capped() {
        failures = Math.min(failures + 1, 62);
        long ceiling = cap.toMillis();
        return Duration.ofMillis(ceiling / 2 + random.nextLong(ceiling - ceiling / 2 + 1));
    }

    public void reset() {
        failures = 0;
    }

    public int failures() {
        return failures;
    }

    private long ceilingMillis(int n) {
        long capMillis = cap.toMillis();
        long value = base.toMillis();
        for (int i = 1; i < n && value < capMillis; i++) {
            value *= 2;
        }
        return Math.min(capMillis, value);
    }
}

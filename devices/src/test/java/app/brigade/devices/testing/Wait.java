package app.brigade.devices.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Bounded polling for conditions reached on other threads (a bound, not a timing assertion). */
public final class Wait {

    private Wait() {
    }

    /** Returns once {@code condition} holds; fails naming {@code what} after {@code timeout}. */
    public static void until(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out after " + timeout.toMillis() + " ms waiting for: " + what);
            }
            Thread.sleep(10);
        }
    }
}

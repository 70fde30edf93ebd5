package app.brigade.model.protocol;

import java.security.SecureRandom;
import java.util.UUID;
import java.util.function.LongSupplier;

/**
 * RFC 9562 version 7 UUIDs: 48-bit Unix milliseconds then random bits, so ids made on a device sort
 * by creation time. Within one millisecond a 12-bit counter keeps them increasing. The JDK has no
 * v7 factory and this is too small to justify a dependency in the domain module.
 */
public final class UuidV7 {

    private final LongSupplier clock;
    private final SecureRandom random = new SecureRandom();
    private long lastMillis = -1;
    private int counter;

    public UuidV7(LongSupplier clock) {
        this.clock = clock;
    }

    public static UuidV7 systemClock() {
        return new UuidV7(System::currentTimeMillis);
    }

    public synchronized UUID next() {
        long millis = clock.getAsLong();
        if (millis > lastMillis) {
            lastMillis = millis;
            counter = random.nextInt(1 << 11);
        } else {
            counter++;
            if (counter >= 1 << 12) {
                lastMillis++;
                counter = 0;
            }
        }
        long msb = (lastMillis & 0xFFFF_FFFF_FFFFL) << 16 | 0x7000L | counter;
        long lsb = random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL | 0x8000_0000_0000_0000L;
        return new UUID(msb, lsb);
    }

    /** The creation time in Unix milliseconds encoded in a version 7 UUID. */
    public static long millisOf(UUID uuid) {
        if (uuid.version() != 7) {
            throw new IllegalArgumentException(uuid + " is not a version 7 UUID");
        }
        return uuid.getMostSignificantBits() >>> 16;
    }
}

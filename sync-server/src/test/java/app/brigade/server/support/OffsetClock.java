package app.brigade.server.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** The system clock plus an offset a test can move forward, e.g. to let a token expire. */
public final class OffsetClock extends Clock {

    private final AtomicReference<Duration> offset;
    private final ZoneId zone;

    public OffsetClock() {
        this(new AtomicReference<>(Duration.ZERO), ZoneOffset.UTC);
    }

    private OffsetClock(AtomicReference<Duration> offset, ZoneId zone) {
        this.offset = offset;
        this.zone = zone;
    }

    public void advance(Duration by) {
        offset.updateAndGet(o -> o.plus(by));
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** The same moving clock seen from another zone: advancing either advances both. */
    @Override
    public Clock withZone(ZoneId newZone) {
        return new OffsetClock(offset, newZone);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset.get());
    }

    @Override
    public long millis() {
        return instant().toEpochMilli();
    }
}

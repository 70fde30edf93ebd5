package app.brigade.store.projection;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Maps an instant to the restaurant's business date: the local date in {@code zone}, where a day
 * starts at {@code dayStart} (e.g. 04:00, so a sale at 01:30 belongs to the evening before).
 */
public record BusinessDay(ZoneId zone, LocalTime dayStart) {

    public BusinessDay {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(dayStart, "dayStart");
    }

    public LocalDate dateOf(long epochMillis) {
        return Instant.ofEpochMilli(epochMillis).atZone(zone).minusNanos(dayStart.toNanoOfDay()).toLocalDate();
    }
}

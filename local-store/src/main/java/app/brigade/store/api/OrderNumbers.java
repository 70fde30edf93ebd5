package app.brigade.store.api;

import app.brigade.store.projection.BusinessDay;
import app.brigade.store.query.ReferenceReader;
import java.time.LocalDate;
import java.util.function.LongSupplier;

/**
 * Hands out order numbers {@code <prefix>-<daily sequence>} ({@code A-042}). The sequence continues
 * from the highest number H2 has seen today, so it survives restarts and rebuilds; a number handed
 * out but never used in an {@code OrderOpened} may be handed out again after a restart, which is harmless.
 */
final class OrderNumbers {

    private final String prefix;
    private final BusinessDay businessDay;
    private final LongSupplier clock;
    private final ReferenceReader reader;
    private LocalDate day;
    private int last;

    OrderNumbers(String prefix, BusinessDay businessDay, LongSupplier clock, ReferenceReader reader) {
        this.prefix = prefix;
        this.businessDay = businessDay;
        this.clock = clock;
        this.reader = reader;
    }

    synchronized String next() {
        LocalDate today = businessDay.dateOf(clock.getAsLong());
        if (!today.equals(day)) {
            day = today;
            last = 0;
        }
        last = Math.max(last, reader.lastOrderNumber(prefix, today)) + 1;
        return prefix + "-" + (last < 1000 ? "%03d".formatted(last) : Integer.toString(last));
    }
}

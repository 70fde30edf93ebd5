package app.brigade.reports.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/** The half-open time window {@code [from, to)} a report covers, with the zone its hours are shown in. */
public record ReportPeriod(ReportKind kind, Instant from, Instant to, ZoneId zone, String label) {

    public ReportPeriod {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(zone, "zone");
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("report period must end after it starts (from " + from + " to " + to
                    + ")");
        }
    }

    /** Whole local days from {@code first} to {@code last}, both included. */
    public static ReportPeriod days(LocalDate first, LocalDate last, ZoneId zone) {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("--to " + last + " is before --from " + first);
        }
        return new ReportPeriod(ReportKind.RANGE, first.atStartOfDay(zone).toInstant(),
                last.plusDays(1).atStartOfDay(zone).toInstant(), zone, first + " – " + last);
    }

    /** One business day, as closed by a Z report. */
    public static ReportPeriod businessDay(LocalDate day, ZoneId zone) {
        return new ReportPeriod(ReportKind.Z, day.atStartOfDay(zone).toInstant(),
                day.plusDays(1).atStartOfDay(zone).toInstant(), zone, day.toString());
    }

    public boolean contains(Instant t) {
        return t != null && !t.isBefore(from) && t.isBefore(to);
    }
}

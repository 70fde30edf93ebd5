package app.brigade.kds.board;

import app.brigade.model.kitchen.TicketAge;
import java.util.Map;

/**
 * When a ticket turns yellow and red, per station: {@code warn}/{@code late} minutes with a default
 * for stations that have no setting of their own.
 */
public record Thresholds(Limits defaults, Map<String, Limits> perStation) {

    /** Warn and late ages in minutes; late must come after warn. */
    public record Limits(int warnMinutes, int lateMinutes) {
        public Limits {
            if (warnMinutes < 1 || lateMinutes <= warnMinutes) {
                throw new IllegalArgumentException("warn must be at least 1 minute and late after warn, got "
                        + warnMinutes + "/" + lateMinutes);
            }
        }
    }

    public Thresholds {
        perStation = Map.copyOf(perStation);
    }

    /** Yellow at 5 minutes, red at 8, at every station. */
    public static Thresholds standard() {
        return new Thresholds(new Limits(5, 8), Map.of());
    }

    public Limits of(String stationId) {
        return perStation.getOrDefault(stationId, defaults);
    }

    public TicketAge age(String stationId, long firedAtMillis, long nowMillis) {
        Limits l = of(stationId);
        long age = nowMillis - firedAtMillis;
        return age >= l.lateMinutes() * 60_000L ? TicketAge.LATE
                : age >= l.warnMinutes() * 60_000L ? TicketAge.WARN : TicketAge.FRESH;
    }
}

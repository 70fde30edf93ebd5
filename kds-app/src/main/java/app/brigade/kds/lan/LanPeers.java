package app.brigade.kds.lan;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/** The POS terminals that delivered to this KDS over the LAN recently (by device id), for the status bar. */
public final class LanPeers {

    /** A peer counts as seen for this long after its last delivery. */
    public static final long RECENT_MILLIS = 15 * 60_000L;

    private final Map<String, Long> lastSeen = new ConcurrentHashMap<>();
    private final LongSupplier clock;

    public LanPeers(LongSupplier clock) {
        this.clock = clock;
    }

    public void seen(String deviceId) {
        lastSeen.put(deviceId, clock.getAsLong());
    }

    /** How many peers delivered within {@link #RECENT_MILLIS}. */
    public int recent() {
        long since = clock.getAsLong() - RECENT_MILLIS;
        return (int) lastSeen.values().stream().filter(t -> t >= since).count();
    }
}

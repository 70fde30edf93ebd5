package app.brigade.sync.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the status bar shows, as an immutable snapshot: the link state decided by real calls and health
 * pings (never by the OS), why, how many local events wait for the server and how old the oldest is,
 * when a sync last succeeded, and the LAN peers.
 *
 * @param state              the link to the server
 * @param detail             why, in words (e.g. the last failure), never null
 * @param unsyncedCount      local events the server has not acknowledged
 * @param oldestUnsyncedAge  age of the oldest of them when the snapshot was taken
 * @param lastSuccessfulSync when a push or feed call last succeeded
 * @param peers              LAN delivery, one entry per configured peer
 * @param at                 when this snapshot was taken
 */
public record Connectivity(
        State state,
        String detail,
        long unsyncedCount,
        Optional<Duration> oldestUnsyncedAge,
        Optional<Instant> lastSuccessfulSync,
        List<PeerStatus> peers,
        Instant at) {

    /** The link to the server. */
    public enum State {
        /** No call has completed yet. */
        UNKNOWN,
        /** Calls succeed in time. */
        ONLINE,
        /** The server answers, but slowly or with errors (5xx, unreadable replies, refusals). */
        DEGRADED,
        /** The server cannot be reached (calls and the health ping fail). */
        OFFLINE,
        /** The server refused this terminal's token (expired or revoked): someone must re-enroll it. */
        REENROLL_REQUIRED
    }

    public Connectivity {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(oldestUnsyncedAge, "oldestUnsyncedAge");
        Objects.requireNonNull(lastSuccessfulSync, "lastSuccessfulSync");
        Objects.requireNonNull(at, "at");
        peers = List.copyOf(peers);
    }

    /** True when every local event is on the server. */
    public boolean synced() {
        return unsyncedCount == 0;
    }

    /** The same content without the timestamp, to tell whether anything changed. */
    boolean sameAs(Connectivity other) {
        return other != null && state == other.state && detail.equals(other.detail)
                && unsyncedCount == other.unsyncedCount && lastSuccessfulSync.equals(other.lastSuccessfulSync)
                && peers.equals(other.peers)
                && oldestUnsyncedAge.isPresent() == other.oldestUnsyncedAge.isPresent();
    }
}

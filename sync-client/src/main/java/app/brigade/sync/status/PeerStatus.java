package app.brigade.sync.status;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * LAN delivery to one peer: whether the last call reached it, the highest local deviceSeq it has,
 * and the last failure in words (empty when the last call worked).
 */
public record PeerStatus(String name, boolean reachable, long deliveredUpTo, String detail,
        Optional<Instant> lastDelivery) {
    public PeerStatus {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(lastDelivery, "lastDelivery");
    }
}

package app.brigade.devices.drawer;

import java.time.Instant;
import java.util.Objects;

/** An audited drawer opening: when, which drawer, why, and the print job that carried the pulse. */
public record DrawerOpening(Instant at, String drawerId, DrawerOpenReason reason, String jobId) {
    public DrawerOpening {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(drawerId, "drawerId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(jobId, "jobId");
    }
}

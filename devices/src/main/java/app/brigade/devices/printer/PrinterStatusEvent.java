package app.brigade.devices.printer;

import java.time.Instant;
import java.util.Objects;

/** A printer's state as last seen, with a message for people; published when it changes. */
public record PrinterStatusEvent(String printerId, PrinterState state, String detail, boolean drawerOpen, Instant at) {
    public PrinterStatusEvent {
        Objects.requireNonNull(printerId, "printerId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(at, "at");
    }

    /** Same state and detail (ignores the time). */
    public boolean sameAs(PrinterStatusEvent other) {
        return other != null && state == other.state && detail.equals(other.detail) && drawerOpen == other.drawerOpen;
    }
}

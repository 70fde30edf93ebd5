package app.brigade.devices.receipt;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/** What a receipt shows that the order does not hold: the time, names for people, and footer lines. */
public record ReceiptContext(LocalDateTime at, String serverName, String tableLabel, List<String> footer) {
    public ReceiptContext {
        Objects.requireNonNull(at, "at");
        serverName = serverName == null ? "" : serverName;
        tableLabel = tableLabel == null ? "" : tableLabel;
        footer = List.copyOf(footer);
    }
}

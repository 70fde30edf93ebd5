package app.brigade.devices.receipt;

import java.util.Objects;

/** A labelled amount such as a discount ("Happy hour -10%", -250) or a service charge. */
public record Adjustment(String label, long amountMinor) {
    public Adjustment {
        Objects.requireNonNull(label, "label");
    }
}

package app.brigade.devices.receipt;

import java.util.List;
import java.util.Objects;

/** One sold line: quantity, name, line total in minor units, its modifiers and an optional note. */
public record ReceiptItem(int quantity, String name, long amountMinor, List<ReceiptModifier> modifiers, String note) {
    public ReceiptItem {
        Objects.requireNonNull(name, "name");
        if (quantity < 1) {
            throw new IllegalArgumentException("Quantity of '" + name + "' must be at least 1, was " + quantity);
        }
        modifiers = List.copyOf(modifiers);
        note = note == null ? "" : note;
    }

    /** A modifier printed under its line; a zero price is not shown. */
    public record ReceiptModifier(String name, long amountMinor) {
        public ReceiptModifier {
            Objects.requireNonNull(name, "name");
        }
    }
}

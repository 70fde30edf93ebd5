package app.brigade.devices.receipt;

import java.util.List;
import java.util.Objects;

/** The store block printed at the top of receipts and slips. */
public record StoreHeader(String name, List<String> addressLines, String taxId) {
    public StoreHeader {
        Objects.requireNonNull(name, "name");
        addressLines = List.copyOf(addressLines);
    }
}

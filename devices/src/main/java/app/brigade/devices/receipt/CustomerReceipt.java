package app.brigade.devices.receipt;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/** Everything a customer receipt shows, in minor units; built by the domain adapter or by tests. */
public record CustomerReceipt(
        StoreHeader store,
        String orderNumber,
        String orderId,
        LocalDateTime closedAt,
        String server,
        String table,
        List<ReceiptItem> items,
        List<Adjustment> discounts,
        long subtotalMinor,
        List<TaxLine> taxes,
        long totalMinor,
        List<Tender> tenders,
        long changeMinor,
        List<String> footer) {

    public CustomerReceipt {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(orderNumber, "orderNumber");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(closedAt, "closedAt");
        server = server == null ? "" : server;
        table = table == null ? "" : table;
        items = List.copyOf(items);
        discounts = List.copyOf(discounts);
        taxes = List.copyOf(taxes);
        tenders = List.copyOf(tenders);
        footer = List.copyOf(footer);
        if (changeMinor < 0) {
            throw new IllegalArgumentException("Change must not be negative, was " + changeMinor);
        }
    }
}

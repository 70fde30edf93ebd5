package app.brigade.devices.receipt;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/** What one kitchen station must cook for one order fire; never carries prices. */
public record KitchenChit(
        String station,
        String orderNumber,
        String table,
        String server,
        LocalDateTime firedAt,
        List<ChitItem> items,
        String orderNote) {

    public KitchenChit {
        Objects.requireNonNull(station, "station");
        Objects.requireNonNull(orderNumber, "orderNumber");
        Objects.requireNonNull(firedAt, "firedAt");
        table = table == null ? "" : table;
        server = server == null ? "" : server;
        items = List.copyOf(items);
        orderNote = orderNote == null ? "" : orderNote;
        if (items.isEmpty()) {
            throw new IllegalArgumentException("A kitchen chit for station '" + station + "' needs at least one item");
        }
    }

    /** One item to cook: quantity, name, modifiers, a note and the seat (0 = none). */
    public record ChitItem(int quantity, String name, List<String> modifiers, String note, int seat) {
        public ChitItem {
            Objects.requireNonNull(name, "name");
            if (quantity < 1) {
                throw new IllegalArgumentException("Quantity of '" + name + "' must be at least 1, was " + quantity);
            }
            modifiers = List.copyOf(modifiers);
            note = note == null ? "" : note;
        }
    }
}

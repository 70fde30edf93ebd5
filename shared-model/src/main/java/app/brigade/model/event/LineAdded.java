package app.brigade.model.event;

import java.util.List;

/**
 * A line added to an order. Name, price and tax are snapshotted from the catalog so later catalog
 * changes never rewrite history.
 */
public record LineAdded(
        String orderId,
        String lineId,
        String itemId,
        String name,
        String categoryId,
        long unitPrice,
        int quantity,
        String taxClassId,
        int taxRateBp,
        boolean taxInclusive,
        List<String> stationIds,
        List<LineModifier> modifiers,
        int seat,
        int course,
        String note) implements OrderEvent {
    public LineAdded {
        Require.id(orderId, "orderId");
        Require.id(lineId, "lineId");
        Require.text(name, "name");
        if (taxRateBp < 0) {
            throw new IllegalArgumentException("taxRateBp must not be negative");
        }
        stationIds = stationIds == null ? List.of() : List.copyOf(stationIds);
        modifiers = modifiers == null ? List.of() : List.copyOf(modifiers);
        note = note == null ? "" : note;
    }

    /** The same snapshot on another check (a line moved by a split keeps everything but the order id). */
    public LineAdded withOrderId(String newOrderId) {
        return newOrderId.equals(orderId) ? this : new LineAdded(newOrderId, lineId, itemId, name, categoryId,
                unitPrice, quantity, taxClassId, taxRateBp, taxInclusive, stationIds, modifiers, seat, course, note);
    }

    /** Unit price including the modifiers' price deltas. */
    public long unitPriceWithModifiers() {
        long sum = unitPrice;
        for (LineModifier m : modifiers) {
            sum = Math.addExact(sum, m.priceDelta());
        }
        return sum;
    }
}

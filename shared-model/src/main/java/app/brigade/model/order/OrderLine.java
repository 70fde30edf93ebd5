package app.brigade.model.order;

import app.brigade.model.event.LineAdded;

/** One line of an order as it stands now: the snapshot taken when it was added plus its current state. */
public record OrderLine(LineAdded added, int quantity, boolean fired, boolean voided, boolean voidedAfterFire,
        String voidReason, String voidApproverId) {

    static OrderLine of(LineAdded added) {
        return new OrderLine(added, added.quantity(), false, false, false, null, null);
    }

    public String lineId() {
        return added.lineId();
    }

    public String name() {
        return added.name();
    }

    /** Price of the line before discounts: (unit price + modifier deltas) × quantity, in minor units. */
    public long gross() {
        return Math.multiplyExact(added.unitPriceWithModifiers(), (long) quantity);
    }

    OrderLine withQuantity(int q) {
        return new OrderLine(added, q, fired, voided, voidedAfterFire, voidReason, voidApproverId);
    }

    OrderLine asFired() {
        return new OrderLine(added, quantity, true, voided, voidedAfterFire, voidReason, voidApproverId);
    }

    OrderLine asVoided(String reason, String approverId) {
        return new OrderLine(added, quantity, fired, true, fired, reason, approverId);
    }
}

package app.brigade.model.event;

import java.util.Objects;

/**
 * A discount on one line ({@code lineId} set) or on the whole order ({@code lineId} null). Needs a
 * manager's approval; the approver is on the event's envelope.
 */
public record DiscountApplied(
        String orderId, String discountId, String lineId, DiscountKind kind, int percentBp, long amount, String reason)
        implements OrderEvent {
    public DiscountApplied {
        Require.id(orderId, "orderId");
        Require.id(discountId, "discountId");
        Objects.requireNonNull(kind, "kind");
        Require.text(reason, "reason");
        if (kind == DiscountKind.PERCENT && (percentBp <= 0 || percentBp > 10_000)) {
            throw new IllegalArgumentException("a percent discount must be between 0.01% and 100% (1..10000 bp), got "
                    + percentBp);
        }
        if (kind == DiscountKind.AMOUNT && amount <= 0) {
            throw new IllegalArgumentException("an amount discount must be positive, got " + amount);
        }
    }

    /** The same discount on another check (a line discount moving with its line). */
    public DiscountApplied withOrderId(String newOrderId) {
        return newOrderId.equals(orderId) ? this
                : new DiscountApplied(newOrderId, discountId, lineId, kind, percentBp, amount, reason);
    }
}

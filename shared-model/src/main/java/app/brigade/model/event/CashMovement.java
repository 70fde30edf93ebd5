package app.brigade.model.event;

import java.util.Objects;

/** Cash in or out of the drawer outside a sale: pay-in, pay-out, drop to the safe, or a no-sale open. */
public record CashMovement(String shiftId, String movementId, CashMovementKind kind, long amount, String reason)
        implements ShiftEvent {
    public CashMovement {
        Require.id(shiftId, "shiftId");
        Require.id(movementId, "movementId");
        Objects.requireNonNull(kind, "kind");
        Require.text(reason, "reason for " + kind);
        if (kind == CashMovementKind.NO_SALE && amount != 0) {
            throw new IllegalArgumentException("a no-sale moves no money (amount must be 0)");
        }
        if (kind != CashMovementKind.NO_SALE && amount <= 0) {
            throw new IllegalArgumentException(kind + " amount must be positive, got " + amount);
        }
    }
}

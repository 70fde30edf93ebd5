package app.brigade.store.query;

import app.brigade.model.event.CashMovementKind;

/** A pay-in, pay-out, drop or no-sale with who did it, who approved it and when (HLC ms). */
public record CashMovementView(
        String movementId, CashMovementKind kind, long amount, String reason, String actorId, String approverId,
        long atMillis) {
}

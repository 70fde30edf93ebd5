package app.brigade.model.shift;

import app.brigade.model.event.CashMovement;
import app.brigade.model.event.ShiftClosed;
import app.brigade.model.event.ShiftEvent;
import app.brigade.model.event.ShiftOpened;
import app.brigade.model.order.Outcome;
import app.brigade.model.order.RejectionReason;

/** Decides whether a drawer or shift event may happen: one open per shift, manager approval for cash outside a sale. */
public final class ShiftRules {

    private ShiftRules() {
    }

    public static Outcome<Shift> decide(Shift current, ShiftEvent event, String approverId) {
        if (current == null) {
            return event instanceof ShiftOpened opened
                    ? Outcome.accepted(Shift.open(opened))
                    : Outcome.rejected(RejectionReason.ORDER_NOT_FOUND, "shift " + event.shiftId() + " is not open");
        }
        if (event instanceof ShiftOpened) {
            return Outcome.rejected(RejectionReason.DUPLICATE_ID, "shift " + event.shiftId() + " is already open");
        }
        if (current.closed()) {
            return Outcome.rejected(RejectionReason.ORDER_CLOSED, "shift " + event.shiftId() + " is already closed");
        }
        return switch (event) {
            case ShiftOpened e -> Outcome.accepted(current);
            case CashMovement e -> Shift.needsApproval(e.kind()) && approverId == null
                    ? Outcome.rejected(RejectionReason.APPROVAL_REQUIRED,
                            e.kind().name().toLowerCase().replace('_', '-') + " needs a manager's approval")
                    : Outcome.accepted(current.apply(e));
            case ShiftClosed e -> Outcome.accepted(current.apply(e));
        };
    }
}

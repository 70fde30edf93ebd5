package app.brigade.model.event;

/** An event on a cashier's shift and its drawer. */
public sealed interface ShiftEvent extends EventPayload permits ShiftOpened, CashMovement, ShiftClosed {

    String shiftId();

    @Override
    default String aggregateId() {
        return shiftId();
    }
}

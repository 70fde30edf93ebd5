package app.brigade.model.event;

/** A cashier's shift started with a counted opening float in the drawer. */
public record ShiftOpened(String shiftId, String employeeId, long openingFloat, String currency)
        implements ShiftEvent {
    public ShiftOpened {
        Require.id(shiftId, "shiftId");
        Require.text(employeeId, "employeeId");
        Require.text(currency, "currency");
        if (openingFloat < 0) {
            throw new IllegalArgumentException("the opening float must not be negative");
        }
    }
}

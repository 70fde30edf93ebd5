package app.brigade.model.event;

/** Why the drawer opened outside a sale. */
public enum CashMovementKind {
    PAY_IN,
    PAY_OUT,
    NO_SALE,
    DROP
}

package app.brigade.model.order;

/** Where an order is in its life: taking items and payments, settled, or cancelled. */
public enum OrderStatus {
    OPEN,
    CLOSED,
    VOIDED
}

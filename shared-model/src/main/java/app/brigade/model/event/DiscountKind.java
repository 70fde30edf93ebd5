package app.brigade.model.event;

/** A discount is a percentage (in basis points) or a fixed amount (in minor units). */
public enum DiscountKind {
    PERCENT,
    AMOUNT
}

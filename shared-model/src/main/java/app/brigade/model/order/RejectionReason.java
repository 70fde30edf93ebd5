package app.brigade.model.order;

/** Why a change to an order was refused; stable codes the UI maps to its own words. */
public enum RejectionReason {
    ORDER_NOT_FOUND,
    DUPLICATE_ID,
    ORDER_CLOSED,
    ORDER_VOIDED,
    ORDER_NOT_CLOSED,
    INVALID_QUANTITY,
    INVALID_AMOUNT,
    UNKNOWN_ITEM,
    INACTIVE_ITEM,
    MODIFIER_CHOICE,
    UNKNOWN_LINE,
    LINE_VOIDED,
    LINE_ALREADY_FIRED,
    NOTHING_TO_FIRE,
    APPROVAL_REQUIRED,
    NOTHING_DUE,
    OVER_PAYMENT,
    UNKNOWN_PAYMENT,
    PAYMENT_VOIDED,
    BALANCE_DUE,
    HAS_PAYMENTS,
    OVER_REFUND,
    /** A split that names no line (or a seat with no live lines). */
    NOTHING_TO_MOVE,
    /** A split that would take every live line off the check; transfer the check instead. */
    WOULD_EMPTY_CHECK,
    /** A split from or onto a check with a discount on the whole check. */
    CHECK_DISCOUNTED,
    /** Lines moved to the check they are already on. */
    SAME_CHECK,
    /** One half of a split without the other in the same record call, or halves that do not match. */
    MOVE_UNPAIRED
}

package app.brigade.model.order;

import app.brigade.model.event.DiscountApplied;

/** A discount on the order together with the manager who approved it. */
public record AppliedDiscount(DiscountApplied discount, String approverId) {
}

package app.brigade.model.event;

import java.util.Objects;

/** A line discount travelling with its line to another check, with the manager who approved it. */
public record MovedDiscount(DiscountApplied discount, String approverId) {
    public MovedDiscount {
        Objects.requireNonNull(discount, "discount");
        if (discount.lineId() == null) {
            throw new IllegalArgumentException("only a line discount moves with its line; discount "
                    + discount.discountId() + " is on the whole check");
        }
    }
}

package app.brigade.model.event;

import java.util.List;
import java.util.Objects;

/**
 * One line as it stood on the check it left: the snapshot taken when it was rung up (item, price,
 * tax, modifiers, seat, course, note), its current quantity, whether it was sent to the kitchen and
 * on which tickets, and its line discounts. Enough for the receiving check to fold it without ever
 * seeing the other check's events.
 */
public record MovedLine(LineAdded added, int quantity, boolean fired, List<String> ticketIds,
        List<MovedDiscount> discounts) {
    public MovedLine {
        Objects.requireNonNull(added, "added");
        ticketIds = ticketIds == null ? List.of() : List.copyOf(ticketIds);
        discounts = discounts == null ? List.of() : List.copyOf(discounts);
        for (MovedDiscount d : discounts) {
            if (!added.lineId().equals(d.discount().lineId())) {
                throw new IllegalArgumentException("discount " + d.discount().discountId() + " is for line "
                        + d.discount().lineId() + ", not for the moved line " + added.lineId());
            }
        }
    }

    public String lineId() {
        return added.lineId();
    }
}

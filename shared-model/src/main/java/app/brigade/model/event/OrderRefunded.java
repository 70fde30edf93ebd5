package app.brigade.model.event;

import app.brigade.model.catalog.TenderType;
import java.util.List;
import java.util.Objects;

/**
 * Money given back on a closed order, in full or in part ({@code lineIds} names the lines refunded,
 * empty for an amount refund). Needs a manager's approval.
 */
public record OrderRefunded(
        String orderId, String refundId, String shiftId, TenderType tenderType, long amount, List<String> lineIds,
        String reason) implements OrderEvent {
    public OrderRefunded {
        Require.id(orderId, "orderId");
        Require.id(refundId, "refundId");
        Objects.requireNonNull(tenderType, "tenderType");
        Require.text(reason, "reason");
        lineIds = lineIds == null ? List.of() : List.copyOf(lineIds);
    }
}

package app.brigade.model.order;

import app.brigade.model.event.OrderRefunded;

/** Money given back on a closed order, with the approving manager. */
public record Refund(OrderRefunded refund, String approverId) {
}

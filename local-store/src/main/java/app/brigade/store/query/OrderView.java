package app.brigade.store.query;

import app.brigade.model.order.Order;
import app.brigade.model.order.OrderTotals;

/**
 * An order for the POS: the domain {@link Order} folded from its events, its totals, and whether
 * the kitchen has bumped every ticket of it ({@code ready}).
 */
public record OrderView(Order order, OrderTotals totals, boolean ready) {
}

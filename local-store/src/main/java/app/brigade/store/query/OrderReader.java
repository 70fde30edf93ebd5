package app.brigade.store.query;

import static app.brigade.store.db.schema.Tables.KITCHEN_TICKET;
import static app.brigade.store.db.schema.Tables.SALES_ORDER;

import app.brigade.model.order.Order;
import app.brigade.model.order.OrderRules;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;

/** Reads orders for the POS: open checks (oldest first) and any order by id, with totals and kitchen readiness. */
public final class OrderReader {

    private final DSLContext db;
    private final AggregateHistory history;
    private final OrderRules rules;

    public OrderReader(DSLContext db, AggregateHistory history, OrderRules rules) {
        this.db = db;
        this.history = history;
        this.rules = rules;
    }

    public List<OrderView> open() {
        List<String> ids = db.select(SALES_ORDER.ORDER_ID).from(SALES_ORDER).where(SALES_ORDER.STATUS.eq("OPEN"))
                .orderBy(SALES_ORDER.FIRST_POSITION).fetch(SALES_ORDER.ORDER_ID);
        Set<String> notReady = notReady(ids);
        return history.orders(ids).values().stream().map(o -> view(o, notReady)).toList();
    }

    public Optional<OrderView> byId(String orderId) {
        return history.order(orderId).map(o -> view(o, notReady(List.of(orderId))));
    }

    /** Ids of orders with {@code status} (OPEN, CLOSED, VOIDED), in the order they were opened. */
    public List<String> idsByStatus(String status, int limit) {
        return db.select(SALES_ORDER.ORDER_ID).from(SALES_ORDER).where(SALES_ORDER.STATUS.eq(status))
                .orderBy(SALES_ORDER.FIRST_POSITION).limit(limit).fetch(SALES_ORDER.ORDER_ID);
    }

    private OrderView view(Order o, Set<String> notReady) {
        boolean fired = o.fireCount() > 0;
        return new OrderView(o, rules.totals(o), fired && !notReady.contains(o.id()));
    }

    private Set<String> notReady(List<String> orderIds) {
        if (orderIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(db.selectDistinct(KITCHEN_TICKET.ORDER_ID).from(KITCHEN_TICKET)
                .where(KITCHEN_TICKET.ORDER_ID.in(orderIds), KITCHEN_TICKET.STATE.ne("BUMPED"),
                        KITCHEN_TICKET.CANCELLED.isFalse())
                .fetch(KITCHEN_TICKET.ORDER_ID));
    }

    /** Number of orders by status, e.g. for tests and the status bar. */
    public int count(String status) {
        return db.fetchCount(SALES_ORDER, SALES_ORDER.STATUS.eq(status));
    }
}

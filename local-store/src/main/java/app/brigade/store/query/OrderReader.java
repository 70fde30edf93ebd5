package app.brigade.store.query;

import static app.brigade.store.db.schema.Tables.KITCHEN_TICKET;
import static app.brigade.store.db.schema.Tables.SALES_ORDER;

import app.brigade.model.order.Order;
import app.brigade.model.order.OrderLine;
import app.brigade.model.order.OrderRules;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
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
        Collection<Order> orders = history.orders(ids).values();
        Set<String> waiting = waitingTickets(orders);
        return orders.stream().map(o -> view(o, waiting)).toList();
    }

    public Optional<OrderView> byId(String orderId) {
        return history.order(orderId).map(o -> view(o, waitingTickets(List.of(o))));
    }

    /** Ids of orders with {@code status} (OPEN, CLOSED, VOIDED), in the order they were opened. */
    public List<String> idsByStatus(String status, int limit) {
        return db.select(SALES_ORDER.ORDER_ID).from(SALES_ORDER).where(SALES_ORDER.STATUS.eq(status))
                .orderBy(SALES_ORDER.FIRST_POSITION).limit(limit).fetch(SALES_ORDER.ORDER_ID);
    }

    /**
     * Ready when something was sent and every ticket its lines are on has been bumped. The tickets
     * come from the lines, not from the ticket's order id, so a check split after a kitchen send
     * follows the tickets of the lines it holds now.
     */
    private OrderView view(Order o, Set<String> waiting) {
        boolean fired = o.lines().stream().anyMatch(OrderLine::fired);
        boolean ready = fired && tickets(o).noneMatch(waiting::contains);
        return new OrderView(o, rules.totals(o), ready);
    }

    /** Of the tickets these orders' lines are on, the ones still on a kitchen screen (not bumped, not cancelled). */
    private Set<String> waitingTickets(Collection<Order> orders) {
        List<String> ids = orders.stream().flatMap(OrderReader::tickets).distinct().toList();
        if (ids.isEmpty()) {
            return Set.of();
        }
        Set<String> waiting = new HashSet<>();
        for (int from = 0; from < ids.size(); from += 500) {
            waiting.addAll(db.select(KITCHEN_TICKET.TICKET_ID).from(KITCHEN_TICKET)
                    .where(KITCHEN_TICKET.TICKET_ID.in(ids.subList(from, Math.min(ids.size(), from + 500))),
                            KITCHEN_TICKET.STATE.ne("BUMPED"), KITCHEN_TICKET.CANCELLED.isFalse())
                    .fetch(KITCHEN_TICKET.TICKET_ID));
        }
        return waiting;
    }

    private static Stream<String> tickets(Order o) {
        return o.lines().stream().flatMap(l -> l.ticketIds().stream());
    }

    /** Number of orders by status, e.g. for tests and the status bar. */
    public int count(String status) {
        return db.fetchCount(SALES_ORDER, SALES_ORDER.STATUS.eq(status));
    }
}

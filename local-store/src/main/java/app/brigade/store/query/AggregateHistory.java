package app.brigade.store.query;

import static app.brigade.store.db.schema.Tables.EVENT_LOG;

import app.brigade.model.event.OrderEvent;
import app.brigade.model.event.OrderOpened;
import app.brigade.model.event.CashMovement;
import app.brigade.model.event.ShiftClosed;
import app.brigade.model.event.ShiftOpened;
import app.brigade.model.order.Order;
import app.brigade.model.protocol.Event;
import app.brigade.model.protocol.EventCodec;
import app.brigade.model.shift.Shift;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * Rebuilds domain aggregates ({@link Order}, {@link Shift}) by folding their applied events from
 * {@code event_log} in journal order, so queries and decisions use the domain's own rules.
 */
public final class AggregateHistory {

    private final DSLContext db;
    private final EventCodec codec;

    public AggregateHistory(DSLContext db, EventCodec codec) {
        this.db = db;
        this.codec = codec;
    }

    public Optional<Order> order(String orderId) {
        return Optional.ofNullable(orders(List.of(orderId)).get(orderId));
    }

    /** The orders among {@code orderIds} that were opened, keyed by id, in the order given. */
    public Map<String, Order> orders(Collection<String> orderIds) {
        Map<String, List<Event>> byOrder = events(orderIds);
        Map<String, Order> out = new LinkedHashMap<>();
        for (String id : orderIds) {
            foldOrder(byOrder.getOrDefault(id, List.of())).ifPresent(o -> out.put(id, o));
        }
        return out;
    }

    /** Folds one order's events, in journal order; empty when none of them opened it. */
    public static Optional<Order> foldOrder(List<Event> events) {
        OrderOpened opened = null;
        for (Event e : events) {
            if (e.payload() instanceof OrderOpened o) {
                opened = o;
                break;
            }
        }
        if (opened == null) {
            return Optional.empty();
        }
        Order order = Order.open(opened);
        for (Event e : events) {
            if (e.payload() instanceof OrderEvent oe && !(oe instanceof OrderOpened)) {
                order = order.apply(oe, e.approverId());
            }
        }
        return Optional.of(order);
    }

    public Optional<Shift> shift(String shiftId) {
        return foldShift(events(List.of(shiftId)).getOrDefault(shiftId, List.of()));
    }

    /** Folds one shift's events, in journal order; empty when none of them opened it. */
    public static Optional<Shift> foldShift(List<Event> events) {
        Shift shift = null;
        for (Event e : events) {
            shift = fold(shift, e);
        }
        return Optional.ofNullable(shift);
    }

    /** Events before the opening, or not about the drawer, do not change the fold. */
    private static Shift fold(Shift shift, Event e) {
        if (shift == null) {
            return e.payload() instanceof ShiftOpened opened ? Shift.open(opened) : null;
        }
        return switch (e.payload()) {
            case CashMovement m -> shift.apply(m);
            case ShiftClosed c -> shift.apply(c);
            default -> shift;
        };
    }

    private Map<String, List<Event>> events(Collection<String> aggregateIds) {
        Map<String, List<Event>> out = new LinkedHashMap<>();
        if (aggregateIds.isEmpty()) {
            return out;
        }
        db.select(EVENT_LOG.AGGREGATE_ID, EVENT_LOG.BODY).from(EVENT_LOG)
                .where(EVENT_LOG.AGGREGATE_ID.in(aggregateIds))
                .orderBy(EVENT_LOG.POSITION)
                .forEach(r -> out.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(codec.read(r.value2())));
        return out;
    }
}

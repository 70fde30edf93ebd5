package app.brigade.store.api;

import app.brigade.model.event.EventPayload;
import app.brigade.model.event.FiredTicket;
import app.brigade.model.event.KitchenEvent;
import app.brigade.model.event.OrderEvent;
import app.brigade.model.event.OrderFired;
import app.brigade.model.event.ShiftEvent;
import app.brigade.model.event.UnknownPayload;
import app.brigade.model.order.LineMoves;
import app.brigade.model.order.Order;
import app.brigade.model.order.OrderRules;
import app.brigade.model.order.Outcome;
import app.brigade.model.order.Rejection;
import app.brigade.model.order.RejectionReason;
import app.brigade.model.protocol.Event;
import app.brigade.model.shift.Shift;
import app.brigade.model.shift.ShiftRules;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The decided state new local events are checked against, through the domain's own rules
 * ({@link OrderRules}, {@link ShiftRules}). It runs ahead of H2: an event accepted here is visible to
 * the next decision at once, even while its journal write and H2 apply are still in flight.
 * Callers hold the store's sequencer lock.
 */
final class Decisions {

    private static final int CACHE_SIZE = 10_000;

    /** A decision for one {@code record} call: a rejection, or the state changes to keep if it commits. */
    record Decision(Optional<RecordResult.Rejected> rejected, Map<String, Order> orders, Map<String, Shift> shifts,
            List<String> tickets) {
    }

    private final OrderRules rules;
    private final DecisionReads reads;
    private final java.util.function.LongSupplier appliedEntries;
    /** Per cached key: the store's enqueued-entry count once its latest decided events are journaled. */
    private final Map<String, Long> pendingUntil = new HashMap<>();
    private final Map<String, Order> orders = lru();
    private final Map<String, Shift> shifts = lru();
    private final Map<String, Boolean> tickets = lru();

    /**
     * {@code appliedEntries} counts the entries H2 has applied since open. An aggregate may leave the cache
     * only once H2 has applied every event decided for it: a later miss reads H2, which must then hold all
     * of them. While H2 lags, the cache grows past its size instead and is trimmed as H2 catches up.
     */
    Decisions(OrderRules rules, DecisionReads reads, java.util.function.LongSupplier appliedEntries) {
        this.rules = rules;
        this.reads = reads;
        this.appliedEntries = appliedEntries;
    }

    Decision decide(List<EventPayload> payloads, String approverId) {
        Map<String, Order> nextOrders = new HashMap<>();
        Map<String, Shift> nextShifts = new HashMap<>();
        List<String> newTickets = new java.util.ArrayList<>();
        for (int i = 0; i < payloads.size(); i++) {
            EventPayload p = payloads.get(i);
            Optional<Rejection> refused = switch (p) {
                case OrderEvent e -> {
                    Order current = nextOrders.containsKey(e.orderId()) ? nextOrders.get(e.orderId())
                            : order(e.orderId());
                    Outcome<Order> outcome = rules.decide(current, e, approverId);
                    if (outcome instanceof Outcome.Accepted<Order> a) {
                        // A split is two events on two checks: both halves, matching, in this one call.
                        Optional<Rejection> pairing = LineMoves.checkInBatch(current, e, payloads);
                        if (pairing.isPresent()) {
                            yield pairing;
                        }
                        nextOrders.put(e.orderId(), a.value());
                        if (e instanceof OrderFired f) {
                            f.tickets().stream().map(FiredTicket::ticketId).forEach(newTickets::add);
                        }
                        yield Optional.empty();
                    }
                    yield Optional.of(((Outcome.Rejected<Order>) outcome).rejection());
                }
                case ShiftEvent e -> {
                    Shift current = nextShifts.containsKey(e.shiftId()) ? nextShifts.get(e.shiftId())
                            : shift(e.shiftId());
                    Outcome<Shift> outcome = ShiftRules.decide(current, e, approverId);
                    if (outcome instanceof Outcome.Accepted<Shift> a) {
                        nextShifts.put(e.shiftId(), a.value());
                        yield Optional.empty();
                    }
                    yield Optional.of(((Outcome.Rejected<Shift>) outcome).rejection());
                }
                case KitchenEvent e -> newTickets.contains(e.ticketId()) || ticketKnown(e.ticketId())
                        ? Optional.empty()
                        : Optional.of(new Rejection(RejectionReason.ORDER_NOT_FOUND,
                                "kitchen ticket " + e.ticketId() + " is not on this terminal"));
                case UnknownPayload u -> Optional.of(new Rejection(RejectionReason.UNKNOWN_ITEM,
                        "event type " + u.type() + " is not understood by this build and cannot be recorded here"));
                default -> Optional.empty();
            };
            if (refused.isPresent()) {
                return new Decision(Optional.of(new RecordResult.Rejected(i, p, refused.get())), Map.of(), Map.of(),
                        List.of());
            }
        }
        return new Decision(Optional.empty(), nextOrders, nextShifts, newTickets);
    }

    /** Keeps a decision whose events were enqueued; {@code enqueuedEntries} is the store's count after them. */
    void commit(Decision d, long enqueuedEntries) {
        orders.putAll(d.orders());
        shifts.putAll(d.shifts());
        d.tickets().forEach(t -> tickets.put(t, Boolean.TRUE));
        d.orders().keySet().forEach(k -> pendingUntil.put("o:" + k, enqueuedEntries));
        d.shifts().keySet().forEach(k -> pendingUntil.put("s:" + k, enqueuedEntries));
        d.tickets().forEach(k -> pendingUntil.put("t:" + k, enqueuedEntries));
        trim();
    }

    private void trim() {
        long applied = appliedEntries.getAsLong();
        trim(orders, "o:", applied);
        trim(shifts, "s:", applied);
        trim(tickets, "t:", applied);
    }

    /**
     * Drops the least recently used entries above the cache size whose events H2 has all applied; stops at
     * the first one still pending (it will be applied shortly, and the next trim continues).
     */
    private void trim(Map<String, ?> cache, String kind, long applied) {
        var it = cache.keySet().iterator();
        while (cache.size() > CACHE_SIZE && it.hasNext()) {
            String key = kind + it.next();
            Long pending = pendingUntil.get(key);
            if (pending != null && pending > applied) {
                return;
            }
            it.remove();
            pendingUntil.remove(key);
        }
    }

    /** Folds events from other devices into the decided state, so local decisions see them at once. */
    void observe(List<Event> remote, long enqueuedEntries) {
        for (Event e : remote) {
            switch (e.payload()) {
                case OrderEvent oe -> {
                    Order current = order(oe.orderId());
                    Order next = current == null
                            ? (oe instanceof app.brigade.model.event.OrderOpened o ? Order.open(o) : null)
                            : current.apply(oe, e.approverId());
                    if (next != null) {
                        orders.put(oe.orderId(), next);
                        pendingUntil.put("o:" + oe.orderId(), enqueuedEntries);
                    }
                    if (oe instanceof OrderFired f) {
                        f.tickets().forEach(t -> {
                            tickets.put(t.ticketId(), Boolean.TRUE);
                            pendingUntil.put("t:" + t.ticketId(), enqueuedEntries);
                        });
                    }
                }
                case ShiftEvent se -> {
                    Shift current = shift(se.shiftId());
                    Shift next = switch (se) {
                        case app.brigade.model.event.ShiftOpened o -> current == null ? Shift.open(o) : current;
                        case app.brigade.model.event.CashMovement m -> current == null ? null : current.apply(m);
                        case app.brigade.model.event.ShiftClosed c -> current == null ? null : current.apply(c);
                    };
                    if (next != null) {
                        shifts.put(se.shiftId(), next);
                        pendingUntil.put("s:" + se.shiftId(), enqueuedEntries);
                    }
                }
                default -> {
                    // other events do not affect decisions
                }
            }
        }
        trim();
    }

    private Order order(String orderId) {
        Order cached = orders.get(orderId);
        if (cached != null) {
            return cached;
        }
        Optional<Order> loaded = reads.order(orderId);
        loaded.ifPresent(o -> orders.put(orderId, o));
        return loaded.orElse(null);
    }

    private Shift shift(String shiftId) {
        Shift cached = shifts.get(shiftId);
        if (cached != null) {
            return cached;
        }
        Optional<Shift> loaded = reads.shift(shiftId);
        loaded.ifPresent(s -> shifts.put(shiftId, s));
        return loaded.orElse(null);
    }

    private boolean ticketKnown(String ticketId) {
        if (tickets.containsKey(ticketId)) {
            return true;
        }
        boolean known = reads.ticketKnown(ticketId);
        if (known) {
            tickets.put(ticketId, Boolean.TRUE);
        }
        return known;
    }

    private static <V> Map<String, V> lru() {
        return new LinkedHashMap<>(256, 0.75f, true);
    }
}

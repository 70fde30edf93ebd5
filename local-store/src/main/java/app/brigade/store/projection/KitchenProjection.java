package app.brigade.store.projection;

import static app.brigade.store.db.schema.Tables.KITCHEN_TICKET;
import static app.brigade.store.db.schema.Tables.ORDER_LINE;
import static app.brigade.store.db.schema.Tables.TICKET_HISTORY;
import static app.brigade.store.db.schema.Tables.TICKET_LINE;

import app.brigade.model.event.FiredTicket;
import app.brigade.model.event.KitchenEvent;
import app.brigade.model.event.LineVoided;
import app.brigade.model.event.OrderFired;
import app.brigade.model.event.OrderVoided;
import app.brigade.model.event.TicketBumped;
import app.brigade.model.event.TicketItemDone;
import app.brigade.model.event.TicketLine;
import app.brigade.model.event.TicketRecalled;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jooq.Condition;

/**
 * Projects kitchen tickets: created by {@code OrderFired} (self-contained, so a KDS needs no order),
 * changed by item-done, bump and recall, with every step kept in {@code ticket_history}.
 */
final class KitchenProjection {

    static final String NEW = "NEW";
    static final String BUMPED = "BUMPED";

    void fired(ApplyContext c, OrderFired e) {
        for (FiredTicket t : e.tickets()) {
            // A new ticket is one insert (the row a bare insert followed by the update below would leave);
            // only when its id exists already does the update run. A failed insert changes nothing.
            int inserted = c.sql().insertIfAbsent("INSERT INTO kitchen_ticket (ticket_id, order_id, rush,"
                    + " order_number, order_type, table_name, employee_name, station_id, fired_at_millis, add_on,"
                    + " state, cancelled, recall_count, fired_position)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    t.ticketId(), e.orderId(), Boolean.TRUE.equals(e.rush()),
                    ApplyContext.truncate(e.orderNumber(), 32), e.orderType() == null ? null : e.orderType().name(),
                    ApplyContext.truncate(e.tableName(), 100), ApplyContext.truncate(e.employeeName(), 100),
                    t.stationId(), e.firedAtMillis(), e.addOn(), NEW, false, 0, c.position());
            if (inserted == 0) {
                c.db().update(KITCHEN_TICKET)
                        .set(KITCHEN_TICKET.ORDER_ID, e.orderId())
                        .set(KITCHEN_TICKET.RUSH, Boolean.TRUE.equals(e.rush()))
                        .set(KITCHEN_TICKET.ORDER_NUMBER, ApplyContext.truncate(e.orderNumber(), 32))
                        .set(KITCHEN_TICKET.ORDER_TYPE, e.orderType() == null ? null : e.orderType().name())
                        .set(KITCHEN_TICKET.TABLE_NAME, ApplyContext.truncate(e.tableName(), 100))
                        .set(KITCHEN_TICKET.EMPLOYEE_NAME, ApplyContext.truncate(e.employeeName(), 100))
                        .set(KITCHEN_TICKET.STATION_ID, t.stationId())
                        .set(KITCHEN_TICKET.FIRED_AT_MILLIS, e.firedAtMillis())
                        .set(KITCHEN_TICKET.ADD_ON, e.addOn())
                        .set(KITCHEN_TICKET.FIRED_POSITION, c.position())
                        .where(KITCHEN_TICKET.TICKET_ID.eq(t.ticketId()))
                        .execute();
            }
            int sort = 0;
            for (TicketLine l : t.lines()) {
                c.sql().insertIfAbsent("INSERT INTO ticket_line (ticket_id, line_id, sort_no, name, quantity, modifiers,"
                        + " note, seat, course, done, voided) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        t.ticketId(), l.lineId(), sort++, ApplyContext.truncate(l.name(), 200), l.quantity(),
                        ApplyContext.truncate(String.join("\n", l.modifiers()), 4000),
                        ApplyContext.truncate(l.note(), 1000), l.seat(), l.course(), false, false);
            }
            history(c, t.ticketId(), "FIRED", null);
        }
    }

    void apply(ApplyContext c, KitchenEvent event) {
        ensureTicket(c, event);
        switch (event) {
            case TicketItemDone e -> {
                int n = c.db().update(TICKET_LINE).set(TICKET_LINE.DONE, e.done())
                        .where(TICKET_LINE.TICKET_ID.eq(e.ticketId()), TICKET_LINE.LINE_ID.eq(e.lineId())).execute();
                if (n == 0) {
                    c.flag("line " + e.lineId() + " is not on kitchen ticket " + e.ticketId());
                }
                history(c, e.ticketId(), e.done() ? "ITEM_DONE" : "ITEM_UNDONE", e.lineId());
            }
            case TicketBumped e -> {
                c.db().update(KITCHEN_TICKET)
                        .set(KITCHEN_TICKET.STATE, BUMPED)
                        .set(KITCHEN_TICKET.BUMPED_HLC_WALL, c.hlcWall())
                        .where(KITCHEN_TICKET.TICKET_ID.eq(e.ticketId())).execute();
                history(c, e.ticketId(), "BUMPED", null);
            }
            case TicketRecalled e -> {
                c.db().update(KITCHEN_TICKET)
                        .set(KITCHEN_TICKET.STATE, NEW)
                        .set(KITCHEN_TICKET.RECALL_COUNT, KITCHEN_TICKET.RECALL_COUNT.plus(1))
                        .where(KITCHEN_TICKET.TICKET_ID.eq(e.ticketId())).execute();
                history(c, e.ticketId(), "RECALLED", null);
            }
        }
    }

    /**
     * A line voided after firing stays on its tickets, marked void. The tickets are the order's own
     * and, for a line that came from another check by a split, the ones it was sent on there.
     */
    void lineVoided(ApplyContext c, LineVoided e) {
        Set<String> moved = movedTickets(c, e.orderId(), ORDER_LINE.LINE_ID.eq(e.lineId()));
        c.db().update(TICKET_LINE).set(TICKET_LINE.VOIDED, true)
                .where(TICKET_LINE.LINE_ID.eq(e.lineId()), TICKET_LINE.TICKET_ID.in(c.db()
                        .select(KITCHEN_TICKET.TICKET_ID).from(KITCHEN_TICKET)
                        .where(KITCHEN_TICKET.ORDER_ID.eq(e.orderId())))
                        .or(TICKET_LINE.TICKET_ID.in(moved)))
                .execute();
    }

    /**
     * A voided order's tickets are cancelled. A ticket that also carries lines now live on another
     * check (split off after it was sent) is not: only this order's lines on it are marked void.
     */
    void orderVoided(ApplyContext c, OrderVoided e) {
        Set<String> tickets = new LinkedHashSet<>(c.db().select(KITCHEN_TICKET.TICKET_ID).from(KITCHEN_TICKET)
                .where(KITCHEN_TICKET.ORDER_ID.eq(e.orderId())).fetch(KITCHEN_TICKET.TICKET_ID));
        tickets.addAll(movedTickets(c, e.orderId(), ORDER_LINE.MOVED_TO.isNull()));
        for (String ticketId : tickets) {
            List<String> elsewhere = c.db().select(TICKET_LINE.LINE_ID).from(TICKET_LINE)
                    .where(TICKET_LINE.TICKET_ID.eq(ticketId), TICKET_LINE.LINE_ID.in(c.db()
                            .select(ORDER_LINE.LINE_ID).from(ORDER_LINE)
                            .where(ORDER_LINE.ORDER_ID.ne(e.orderId()), ORDER_LINE.MOVED_TO.isNull(),
                                    ORDER_LINE.VOIDED.isFalse())))
                    .fetch(TICKET_LINE.LINE_ID);
            if (elsewhere.isEmpty()) {
                c.db().update(KITCHEN_TICKET).set(KITCHEN_TICKET.CANCELLED, true)
                        .where(KITCHEN_TICKET.TICKET_ID.eq(ticketId)).execute();
            } else {
                c.db().update(TICKET_LINE).set(TICKET_LINE.VOIDED, true)
                        .where(TICKET_LINE.TICKET_ID.eq(ticketId), TICKET_LINE.LINE_ID.notIn(elsewhere)).execute();
            }
        }
    }

    /** Tickets named on the order's line rows that came from another check ({@code ticket_ids}). */
    private static Set<String> movedTickets(ApplyContext c, String orderId, Condition lines) {
        Set<String> out = new LinkedHashSet<>();
        for (String ids : c.db().select(ORDER_LINE.TICKET_IDS).from(ORDER_LINE)
                .where(ORDER_LINE.ORDER_ID.eq(orderId), ORDER_LINE.TICKET_IDS.isNotNull(), lines)
                .fetch(ORDER_LINE.TICKET_IDS)) {
            Arrays.stream(ids.split(",")).filter(id -> !id.isBlank()).forEach(out::add);
        }
        return out;
    }

    private void ensureTicket(ApplyContext c, KitchenEvent e) {
        if (c.db().fetchExists(KITCHEN_TICKET, KITCHEN_TICKET.TICKET_ID.eq(e.ticketId()))) {
            return;
        }
        String station = switch (e) {
            case TicketBumped b -> b.stationId();
            case TicketRecalled r -> r.stationId();
            case TicketItemDone d -> null;
        };
        c.db().insertInto(KITCHEN_TICKET)
                .set(KITCHEN_TICKET.TICKET_ID, e.ticketId())
                .set(KITCHEN_TICKET.ORDER_ID, e.orderId())
                .set(KITCHEN_TICKET.STATION_ID, station)
                .set(KITCHEN_TICKET.FIRED_AT_MILLIS, 0L)
                .set(KITCHEN_TICKET.ADD_ON, false)
                .set(KITCHEN_TICKET.STATE, NEW)
                .set(KITCHEN_TICKET.CANCELLED, false)
                .set(KITCHEN_TICKET.RECALL_COUNT, 0)
                .set(KITCHEN_TICKET.FIRED_POSITION, 0L)
                .execute();
        c.flag("kitchen ticket " + e.ticketId() + " is unknown here (not fired yet); " + e.type()
                + " was kept on a placeholder ticket");
    }

    private void history(ApplyContext c, String ticketId, String action, String lineId) {
        c.sql().insertIfAbsent("INSERT INTO ticket_history (ticket_id, position, action, line_id, actor_id, hlc_wall)"
                + " VALUES (?, ?, ?, ?, ?, ?)", ticketId, c.position(), action, lineId, c.event().actorId(), c.hlcWall());
    }
}

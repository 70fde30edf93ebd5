package app.brigade.store.query;

import static app.brigade.store.db.schema.Tables.KITCHEN_TICKET;
import static app.brigade.store.db.schema.Tables.TICKET_HISTORY;
import static app.brigade.store.db.schema.Tables.TICKET_LINE;

import app.brigade.model.event.OrderType;
import app.brigade.model.event.TicketLine;
import app.brigade.model.kitchen.KitchenTicket;
import app.brigade.model.kitchen.TicketItem;
import app.brigade.store.db.schema.tables.records.KitchenTicketRecord;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;

/** Reads kitchen tickets per station: the ones on screen (oldest first) and the bumped ones (newest first). */
public final class TicketReader {

    private final DSLContext db;

    public TicketReader(DSLContext db) {
        this.db = db;
    }

    public List<TicketView> onScreen(String stationId) {
        return read(KITCHEN_TICKET.STATE.eq("NEW").and(KITCHEN_TICKET.CANCELLED.isFalse()), stationId, false,
                Integer.MAX_VALUE);
    }

    /** Bumped tickets for recall; a dismissed cancel card is not one (its order was voided). */
    public List<TicketView> bumped(String stationId, int limit) {
        return read(KITCHEN_TICKET.STATE.eq("BUMPED").and(KITCHEN_TICKET.CANCELLED.isFalse()), stationId, true,
                limit);
    }

    /**
     * Tickets whose order was voided after they reached the kitchen and that no cook has dismissed yet
     * (dismissing is a bump): the cancel cards, which survive a restart because they live here.
     */
    public List<TicketView> cancelled(String stationId) {
        return read(KITCHEN_TICKET.STATE.eq("NEW").and(KITCHEN_TICKET.CANCELLED.isTrue()), stationId, false,
                Integer.MAX_VALUE);
    }

    public List<TicketHistoryEntry> history(String ticketId) {
        return db.selectFrom(TICKET_HISTORY).where(TICKET_HISTORY.TICKET_ID.eq(ticketId))
                .orderBy(TICKET_HISTORY.POSITION)
                .fetch(r -> new TicketHistoryEntry(r.getTicketId(), r.getAction(), r.getLineId(), r.getActorId(),
                        r.getHlcWall()));
    }

    private List<TicketView> read(Condition state, String stationId, boolean newestFirst, int limit) {
        Condition where = state.and(KITCHEN_TICKET.ORDER_NUMBER.isNotNull());
        if (stationId != null) {
            where = where.and(KITCHEN_TICKET.STATION_ID.eq(stationId));
        }
        List<KitchenTicketRecord> rows = db.selectFrom(KITCHEN_TICKET).where(where)
                .orderBy(newestFirst ? KITCHEN_TICKET.BUMPED_HLC_WALL.desc() : KITCHEN_TICKET.FIRED_POSITION.asc())
                .limit(limit)
                .fetch();
        Map<String, List<TicketItem>> items = new LinkedHashMap<>();
        if (!rows.isEmpty()) {
            db.selectFrom(TICKET_LINE)
                    .where(TICKET_LINE.TICKET_ID.in(rows.stream().map(KitchenTicketRecord::getTicketId).toList()))
                    .orderBy(TICKET_LINE.TICKET_ID, TICKET_LINE.SORT_NO)
                    .forEach(l -> items.computeIfAbsent(l.getTicketId(), k -> new ArrayList<>()).add(new TicketItem(
                            new TicketLine(l.getLineId(), l.getName(), l.getQuantity(), modifiers(l.getModifiers()),
                                    l.getNote(), l.getSeat(), l.getCourse()),
                            l.getDone(), l.getVoided())));
        }
        return rows.stream().map(r -> new TicketView(new KitchenTicket(r.getTicketId(), r.getOrderId(),
                r.getOrderNumber(), r.getOrderType() == null ? null : OrderType.valueOf(r.getOrderType()),
                r.getTableName(), r.getEmployeeName(), r.getStationId(), r.getFiredAtMillis(), r.getAddOn(),
                items.getOrDefault(r.getTicketId(), List.of()), "BUMPED".equals(r.getState()), r.getCancelled(),
                r.getRush()),
                r.getRecallCount(), r.getBumpedHlcWall())).toList();
    }

    private static List<String> modifiers(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split("\n"));
    }
}

package app.brigade.kds.board;

import app.brigade.model.event.EventPayload;
import app.brigade.model.event.TicketBumped;
import app.brigade.model.event.TicketItemDone;
import app.brigade.model.event.TicketRecalled;
import app.brigade.model.kitchen.KitchenTicket;
import app.brigade.store.api.RecordResult;
import app.brigade.store.api.Store;
import app.brigade.store.query.SyncStatus;
import app.brigade.store.query.TicketHistoryEntry;
import app.brigade.store.query.TicketView;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The kitchen's blocking calls to the store: read the board, record item-done, bump and recall.
 * Never called on the FX thread; ViewModels go through the {@code UiExecutor}.
 */
public final class KitchenService {

    private final Store store;
    private final String actorId;

    /** {@code actorId} is written on this screen's events (the KDS has no login: its terminal id). */
    public KitchenService(Store store, String actorId) {
        this.store = store;
        this.actorId = actorId;
    }

    /** Open tickets of {@code stations} (empty: every station) in fire order, with recall and cancel data. */
    public BoardSnapshot load(List<String> stations, Collection<String> shownIds, int recallLimit) {
        List<TicketView> open = open(stations);
        List<TicketView> bumped = bumped(stations, recallLimit);
        Set<String> openIds = new HashSet<>();
        open.forEach(v -> openIds.add(v.ticket().ticketId()));
        Set<String> cancelled = new HashSet<>();
        for (String id : shownIds) {
            if (!openIds.contains(id) && !endsBumped(store.ticketHistory(id))) {
                cancelled.add(id);
            }
        }
        return new BoardSnapshot(open, bumped, cancelled);
    }

    public List<TicketView> open(List<String> stations) {
        if (stations.isEmpty()) {
            return store.tickets(null);
        }
        List<TicketView> all = new ArrayList<>();
        for (String s : stations) {
            all.addAll(store.tickets(s));
        }
        if (stations.size() > 1) {
            all.sort(Comparator.comparingLong(v -> v.ticket().firedAtMillis()));
        }
        return all;
    }

    public List<TicketView> bumped(List<String> stations, int limit) {
        if (stations.isEmpty()) {
            return store.bumpedTickets(null, limit);
        }
        List<TicketView> all = new ArrayList<>();
        for (String s : stations) {
            all.addAll(store.bumpedTickets(s, limit));
        }
        all.sort(Comparator.comparing((TicketView v) -> v.bumpedAtMillis() == null ? 0L : v.bumpedAtMillis())
                .reversed());
        return all.size() > limit ? List.copyOf(all.subList(0, limit)) : all;
    }

    /** A ticket left the screen by a bump unless its last BUMPED was undone by a RECALLED. */
    private static boolean endsBumped(List<TicketHistoryEntry> history) {
        boolean bumped = false;
        for (TicketHistoryEntry e : history) {
            if ("BUMPED".equals(e.action())) {
                bumped = true;
            } else if ("RECALLED".equals(e.action()) || "FIRED".equals(e.action())) {
                bumped = false;
            }
        }
        return bumped;
    }

    public RecordResult itemDone(KitchenTicket t, String lineId, boolean done) {
        return store.record(actorId, null, new TicketItemDone(t.ticketId(), t.orderId(), lineId, done));
    }

    public RecordResult bump(KitchenTicket t) {
        return store.record(actorId, null, new TicketBumped(t.ticketId(), t.orderId(), t.stationId()));
    }

    /** Bumps several tickets in one durable write (expo bumping a whole order out). */
    public RecordResult bumpAll(List<KitchenTicket> tickets) {
        List<EventPayload> payloads = new ArrayList<>();
        tickets.forEach(t -> payloads.add(new TicketBumped(t.ticketId(), t.orderId(), t.stationId())));
        return store.record(actorId, null, payloads);
    }

    public RecordResult recall(KitchenTicket t) {
        return store.record(actorId, null, new TicketRecalled(t.ticketId(), t.orderId(), t.stationId()));
    }

    public SyncStatus syncStatus() {
        return store.syncStatus();
    }
}

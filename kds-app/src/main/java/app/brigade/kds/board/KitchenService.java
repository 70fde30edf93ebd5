package app.brigade.kds.board;

import app.brigade.model.event.EventPayload;
import app.brigade.model.event.TicketBumped;
import app.brigade.model.event.TicketItemDone;
import app.brigade.model.event.TicketRecalled;
import app.brigade.model.kitchen.KitchenTicket;
import app.brigade.store.api.RecordResult;
import app.brigade.store.api.Store;
import app.brigade.store.query.SyncStatus;
import app.brigade.store.query.TicketView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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

    /** Open tickets of {@code stations} (empty: every station) in fire order, with recall data and cancel cards. */
    public BoardSnapshot load(List<String> stations, int recallLimit) {
        return new BoardSnapshot(open(stations), bumped(stations, recallLimit), cancelled(stations));
    }

    /** Tickets of voided orders not dismissed yet, in fire order. */
    public List<TicketView> cancelled(List<String> stations) {
        if (stations.isEmpty()) {
            return store.cancelledTickets(null);
        }
        List<TicketView> all = new ArrayList<>();
        for (String s : stations) {
            all.addAll(store.cancelledTickets(s));
        }
        all.sort(Comparator.comparingLong(v -> v.ticket().firedAtMillis()));
        return all;
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

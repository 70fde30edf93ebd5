package app.brigade.kds.expo;

import app.brigade.kds.board.KitchenService;
import app.brigade.model.kitchen.KitchenTicket;
import app.brigade.model.kitchen.TicketItem;
import app.brigade.store.api.RecordResult;
import app.brigade.store.query.TicketView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads whole orders across every station for the expo, and bumps an order out. Blocking; off the FX thread. */
public final class ExpoService {

    /** How many recently bumped tickets are read to show progress of stations that already bumped. */
    static final int BUMPED_WINDOW = 400;

    private final KitchenService kitchen;

    public ExpoService(KitchenService kitchen) {
        this.kitchen = kitchen;
    }

    /** Orders with an open ticket, plus orders whose stations all bumped at or after {@code readySince}. */
    public List<ExpoOrder> load(long readySince) {
        List<TicketView> open = kitchen.open(List.of());
        List<TicketView> bumped = kitchen.bumped(List.of(), BUMPED_WINDOW);
        Map<String, List<TicketView>> byOrder = new LinkedHashMap<>();
        for (TicketView v : open) {
            byOrder.computeIfAbsent(v.ticket().orderId(), k -> new ArrayList<>()).add(v);
        }
        Map<String, List<TicketView>> bumpedByOrder = new LinkedHashMap<>();
        for (TicketView v : bumped) {
            bumpedByOrder.computeIfAbsent(v.ticket().orderId(), k -> new ArrayList<>()).add(v);
        }
        for (Map.Entry<String, List<TicketView>> e : bumpedByOrder.entrySet()) {
            if (byOrder.containsKey(e.getKey())) {
                byOrder.get(e.getKey()).addAll(e.getValue());
            } else if (e.getValue().stream().anyMatch(v -> bumpedAt(v) >= readySince)) {
                byOrder.put(e.getKey(), new ArrayList<>(e.getValue()));
            }
        }
        List<ExpoOrder> orders = new ArrayList<>(byOrder.size());
        byOrder.values().forEach(views -> orders.add(order(views)));
        orders.sort(Comparator.comparingLong(ExpoOrder::firedAtMillis));
        return orders;
    }

    private static ExpoOrder order(List<TicketView> views) {
        views.sort(Comparator.comparingLong(v -> v.ticket().firedAtMillis()));
        KitchenTicket first = views.getFirst().ticket();
        Map<String, int[]> progress = new LinkedHashMap<>();
        Map<String, Boolean> stationBumped = new LinkedHashMap<>();
        Map<String, List<TicketItem>> items = new LinkedHashMap<>();
        List<KitchenTicket> openTickets = new ArrayList<>();
        long lastBump = 0;
        for (TicketView v : views) {
            KitchenTicket t = v.ticket();
            int[] counts = progress.computeIfAbsent(t.stationId(), k -> new int[2]);
            items.computeIfAbsent(t.stationId(), k -> new ArrayList<>()).addAll(t.items().stream()
                    .map(i -> t.bumped() && !i.voided() ? new TicketItem(i.line(), true, false) : i).toList());
            for (TicketItem i : t.items()) {
                if (!i.voided()) {
                    counts[1]++;
                    if (i.done() || t.bumped()) {
                        counts[0]++;
                    }
                }
            }
            stationBumped.merge(t.stationId(), t.bumped(), Boolean::logicalAnd);
            if (!t.bumped()) {
                openTickets.add(t);
            }
            lastBump = Math.max(lastBump, bumpedAt(v));
        }
        List<StationProgress> stations = new ArrayList<>();
        progress.forEach((station, c) -> stations.add(new StationProgress(station, c[0], c[1],
                stationBumped.get(station), items.get(station))));
        return new ExpoOrder(first.orderId(), first.orderNumber(), first.orderType(), first.tableName(),
                first.employeeName(), first.firedAtMillis(), stations, openTickets, lastBump);
    }

    private static long bumpedAt(TicketView v) {
        return v.bumpedAtMillis() == null ? 0L : v.bumpedAtMillis();
    }

    /** Bumps every ticket of the order still open, in one durable write. */
    public RecordResult bumpOut(ExpoOrder order) {
        if (order.openTickets().isEmpty()) {
            return null;
        }
        return kitchen.bumpAll(order.openTickets());
    }

    /** Brings back the most recently bumped ticket of any station. */
    public RecordResult recallLast() {
        List<TicketView> last = kitchen.bumped(List.of(), 1);
        return last.isEmpty() ? null : kitchen.recall(last.getFirst().ticket());
    }
}

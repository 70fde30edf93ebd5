package app.brigade.kds.expo;

import app.brigade.model.event.OrderType;
import app.brigade.model.kitchen.KitchenTicket;
import java.util.List;

/**
 * A whole order as the expo sees it: header, each station's progress, the tickets still open and
 * the newest bump time (HLC ms). {@code ready} when every station has bumped.
 */
public record ExpoOrder(
        String orderId,
        String orderNumber,
        OrderType orderType,
        String tableName,
        String employeeName,
        long firedAtMillis,
        List<StationProgress> stations,
        List<KitchenTicket> openTickets,
        long lastBumpMillis) {

    public ExpoOrder {
        stations = List.copyOf(stations);
        openTickets = List.copyOf(openTickets);
    }

    public boolean ready() {
        return openTickets.isEmpty();
    }

    public StationProgress station(String stationId) {
        return stations.stream().filter(s -> s.stationId().equals(stationId)).findFirst().orElseThrow();
    }
}

package app.brigade.kds.expo;

import app.brigade.model.kitchen.TicketItem;
import java.util.List;

/**
 * How far one station is with its part of an order: its items, how many are done of those to make,
 * and whether it bumped.
 */
public record StationProgress(String stationId, int done, int total, boolean bumped, List<TicketItem> items) {
    public StationProgress {
        items = List.copyOf(items);
    }
}

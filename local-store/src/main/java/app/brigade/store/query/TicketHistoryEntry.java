package app.brigade.store.query;

/** One step in a ticket's life: FIRED, ITEM_DONE, ITEM_UNDONE, BUMPED or RECALLED, by whom and when (HLC ms). */
public record TicketHistoryEntry(String ticketId, String action, String lineId, String actorId, long atMillis) {
}

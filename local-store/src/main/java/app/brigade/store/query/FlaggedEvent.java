package app.brigade.store.query;

import java.util.UUID;

/** An event applied but flagged for a manager (e.g. a payment for an order closed on another till). */
public record FlaggedEvent(UUID eventId, long position, String type, String aggregateId, String reason) {
}

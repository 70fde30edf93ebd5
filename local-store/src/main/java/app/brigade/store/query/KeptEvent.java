package app.brigade.store.query;

import java.util.UUID;

/** An event kept but not understood by this build (unknown type or newer schema), for reports. */
public record KeptEvent(UUID eventId, long position, String type, int schemaVersion, String why) {
}

package app.brigade.model.event;

/**
 * A payload this build does not understand (an unknown type, or a newer schema version). It is
 * kept byte-for-byte as JSON and reported, never dropped and never crashed on.
 */
public record UnknownPayload(String type, String aggregateId, int schemaVersion, String json, String why)
        implements EventPayload {
}

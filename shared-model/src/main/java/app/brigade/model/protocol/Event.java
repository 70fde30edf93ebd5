package app.brigade.model.protocol;

import app.brigade.model.event.EventPayload;
import app.brigade.model.event.UnknownPayload;
import java.util.Objects;
import java.util.UUID;

/**
 * The envelope every business change travels in (DESIGN §2): made on a device, ordered by its
 * gap-free {@code deviceSeq}, stamped with a hybrid logical clock, immutable once written.
 */
public record Event(
        UUID eventId,
        String deviceId,
        long deviceSeq,
        Hlc hlc,
        String aggregateId,
        String actorId,
        String approverId,
        int schemaVersion,
        EventPayload payload) {

    /** The payload schema version this build writes and fully understands. */
    public static final int CURRENT_SCHEMA = 1;

    public Event {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(hlc, "hlc");
        Objects.requireNonNull(payload, "payload");
        if (deviceSeq < 1) {
            throw new IllegalArgumentException("deviceSeq starts at 1, got " + deviceSeq);
        }
        if (aggregateId == null) {
            aggregateId = payload.aggregateId();
        }
    }

    public String type() {
        return payload.type();
    }

    /** False for payloads kept but not understood by this build (unknown type or newer schema). */
    public boolean understood() {
        return !(payload instanceof UnknownPayload);
    }
}

package app.brigade.model.protocol;

import app.brigade.model.event.EventPayload;
import java.util.UUID;

/**
 * Wraps payloads made on this device into envelopes. The caller supplies the next {@code deviceSeq}
 * because only the durable store knows it.
 */
public final class EventFactory {

    private final String deviceId;
    private final UuidV7 ids;
    private final HlcClock clock;

    public EventFactory(String deviceId, UuidV7 ids, HlcClock clock) {
        this.deviceId = deviceId;
        this.ids = ids;
        this.clock = clock;
    }

    public Event create(long deviceSeq, EventPayload payload, String actorId, String approverId) {
        UUID id = ids.next();
        return new Event(id, deviceId, deviceSeq, clock.now(), payload.aggregateId(), actorId, approverId,
                Event.CURRENT_SCHEMA, payload);
    }

    public String deviceId() {
        return deviceId;
    }

    public HlcClock clock() {
        return clock;
    }
}

package app.brigade.server.events;

import app.brigade.model.protocol.Event;
import app.brigade.server.api.ProblemException;
import java.util.List;
import java.util.Map;

/** The checks a batch passes before any write: size, owner device, order and column limits. */
final class BatchRules {

    static final int MAX_ID_LENGTH = 200;

    private BatchRules() {
    }

    static void check(String deviceId, List<Event> events, int maxBatch) {
        if (events.size() > maxBatch) {
            throw new ProblemException(413, "batch-too-large", "Batch too large",
                    "the batch has " + events.size() + " events; at most " + maxBatch + " are allowed per request",
                    Map.of("maxEvents", maxBatch));
        }
        long previous = 0;
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            String path = "events[" + i + "]";
            if (!e.deviceId().equals(deviceId)) {
                throw new ProblemException(403, "wrong-device", "Event from another device",
                        path + ".deviceId '" + clip(e.deviceId()) + "' is not the device this token belongs to ('"
                                + deviceId + "'); a terminal pushes only its own events",
                        Map.of("field", path + ".deviceId"));
            }
            if (e.deviceSeq() <= previous) {
                throw ProblemException.badRequest("batch-out-of-order", path + ".deviceSeq " + e.deviceSeq()
                        + " must be greater than the previous event's " + previous
                        + "; send a batch in deviceSeq order", path + ".deviceSeq");
            }
            previous = e.deviceSeq();
            limit(e.type(), path + ".type");
            limit(e.aggregateId(), path + ".aggregateId");
            limit(e.actorId(), path + ".actorId");
            limit(e.approverId(), path + ".approverId");
        }
    }

    private static void limit(String value, String field) {
        if (value == null) {
            return;
        }
        if (value.length() > MAX_ID_LENGTH || value.indexOf('\0') >= 0) {
            throw ProblemException.badRequest("malformed-event",
                    field + " must be at most " + MAX_ID_LENGTH + " characters without NUL", field);
        }
    }

    private static String clip(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }
}

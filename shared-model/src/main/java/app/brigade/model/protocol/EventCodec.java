package app.brigade.model.protocol;

import app.brigade.model.event.EventPayload;
import app.brigade.model.event.UnknownPayload;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads and writes events as the JSON of the sync protocol (DESIGN §3). Unknown types and newer
 * schema versions decode to {@link UnknownPayload} with the original JSON kept; anything unreadable
 * raises {@link MalformedEventException} naming the field.
 */
public final class EventCodec {

    private final ObjectMapper mapper;

    public EventCodec() {
        this.mapper = newMapper();
    }

    /** The project's one Jackson configuration: ISO dates, no failures on fields added by newer builds. */
    public static ObjectMapper newMapper() {
        return JsonMapper.builder()
                .findAndAddModules()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .build();
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    /**
     * The event's JSON, streamed straight from the objects without building a tree first (this runs for
     * every event a terminal records). The envelope's fields are listed once, in {@link #writeEvent}.
     */
    public String write(Event event) {
        return stream(event.type(), g -> writeEvent(g, event));
    }

    /** Writes the wire batch {@code {"events":[…]}}. */
    public String writeBatch(List<Event> events) {
        return stream("the event batch", g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("events");
            for (Event e : events) {
                writeEvent(g, e);
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    /** The event's JSON as a tree, for callers that edit it (tests of bad input); the same text as {@link #write}. */
    public ObjectNode toTree(Event event) {
        return (ObjectNode) parse(write(event));
    }

    private interface JsonWriting {
        void write(JsonGenerator g) throws java.io.IOException;
    }

    private String stream(String what, JsonWriting writing) {
        java.io.StringWriter out = new java.io.StringWriter(512);
        try (JsonGenerator g = mapper.createGenerator(out)) {
            writing.write(g);
        } catch (JacksonException e) {
            throw new IllegalStateException("cannot write " + what + " as JSON", e);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString();
    }

    private void writeEvent(JsonGenerator g, Event event) throws java.io.IOException {
        g.writeStartObject();
        g.writeStringField("eventId", event.eventId().toString());
        g.writeStringField("deviceId", event.deviceId());
        g.writeNumberField("deviceSeq", event.deviceSeq());
        g.writeStringField("hlc", event.hlc().toString());
        g.writeStringField("type", event.type());
        g.writeStringField("aggregateId", event.aggregateId());
        g.writeStringField("actorId", event.actorId());
        g.writeStringField("approverId", event.approverId());
        g.writeNumberField("schemaVersion", event.schemaVersion());
        g.writeFieldName("payload");
        if (event.payload() instanceof UnknownPayload) {
            g.writeTree(payloadTree(event.payload()));
        } else {
            mapper.writeValue(g, event.payload());
        }
        g.writeEndObject();
    }

    private JsonNode payloadTree(EventPayload payload) {
        if (payload instanceof UnknownPayload unknown) {
            try {
                return mapper.readTree(unknown.json());
            } catch (JacksonException e) {
                throw new IllegalStateException("kept payload of " + unknown.type() + " is not JSON", e);
            }
        }
        return mapper.valueToTree(payload);
    }

    public Event read(String json) {
        return fromTree(parse(json), "");
    }

    public Event read(byte[] json) {
        try {
            return fromTree(mapper.readTree(json), "");
        } catch (JacksonException e) {
            throw new MalformedEventException("$", "event is not valid JSON: " + e.getOriginalMessage(), e);
        } catch (java.io.IOException e) {
            throw new MalformedEventException("$", "event cannot be read: " + e.getMessage(), e);
        }
    }

    /** Reads the wire batch {@code {"events":[…]}}. */
    public List<Event> readBatch(String json) {
        JsonNode root = parse(json);
        JsonNode array = root.get("events");
        if (array == null || !array.isArray()) {
            throw new MalformedEventException("events", "body must be an object with an 'events' array");
        }
        List<Event> out = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            out.add(fromTree(array.get(i), "events[" + i + "]."));
        }
        return out;
    }

    public Event fromTree(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            throw new MalformedEventException(path.isEmpty() ? "$" : path, "an event must be a JSON object");
        }
        UUID eventId = uuid(node, path + "eventId");
        String deviceId = text(node, "deviceId", path, true);
        long deviceSeq = number(node, "deviceSeq", path);
        Hlc hlc;
        try {
            hlc = Hlc.parse(text(node, "hlc", path, true));
        } catch (IllegalArgumentException e) {
            throw new MalformedEventException(path + "hlc", e.getMessage());
        }
        String type = text(node, "type", path, true);
        String aggregateId = text(node, "aggregateId", path, false);
        String actorId = text(node, "actorId", path, false);
        String approverId = text(node, "approverId", path, false);
        int schemaVersion = (int) number(node, "schemaVersion", path);
        JsonNode payloadNode = node.get("payload");
        if (payloadNode == null || !payloadNode.isObject()) {
            throw new MalformedEventException(path + "payload", "payload must be a JSON object");
        }
        EventPayload payload = payload(type, schemaVersion, aggregateId, payloadNode, path);
        try {
            return new Event(eventId, deviceId, deviceSeq, hlc, aggregateId, actorId, approverId, schemaVersion,
                    payload);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new MalformedEventException(path.isEmpty() ? "$" : path, e.getMessage());
        }
    }

    private EventPayload payload(String type, int schemaVersion, String aggregateId, JsonNode node, String path) {
        Optional<Class<? extends EventPayload>> known = EventTypes.byName(type);
        if (known.isEmpty()) {
            return new UnknownPayload(type, aggregateId, schemaVersion, toJson(node),
                    "unknown event type '" + type + "'");
        }
        if (schemaVersion > Event.CURRENT_SCHEMA) {
            return new UnknownPayload(type, aggregateId, schemaVersion, toJson(node), "schema version "
                    + schemaVersion + " of " + type + " is newer than this build's " + Event.CURRENT_SCHEMA);
        }
        try {
            return mapper.treeToValue(node, known.get());
        } catch (JacksonException e) {
            Throwable root = e.getCause() != null ? e.getCause() : e;
            String message = root instanceof IllegalArgumentException || root instanceof NullPointerException
                    ? root.getMessage()
                    : e.getOriginalMessage();
            throw new MalformedEventException(path + "payload", type + " payload is invalid: " + message, e);
        }
    }

    private JsonNode parse(String json) {
        if (json == null || json.isBlank()) {
            throw new MalformedEventException("$", "body is empty");
        }
        try {
            return mapper.readTree(json);
        } catch (JacksonException e) {
            throw new MalformedEventException("$", "body is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    private String toJson(JsonNode node) {
        try {
            return mapper.writeValueAsString(node);
        } catch (JacksonException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private static String text(JsonNode node, String field, String path, boolean required) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                throw new MalformedEventException(path + field, field + " is required");
            }
            return null;
        }
        if (!v.isTextual() || (required && v.asText().isBlank())) {
            throw new MalformedEventException(path + field, field + " must be a non-empty string");
        }
        return v.asText();
    }

    private static long number(JsonNode node, String field, String path) {
        JsonNode v = node.get(field);
        if (v == null || !v.canConvertToLong() || !v.isIntegralNumber()) {
            throw new MalformedEventException(path + field, field + " must be a whole number");
        }
        return v.asLong();
    }

    private static UUID uuid(JsonNode node, String field) {
        JsonNode v = node.get(field.substring(field.lastIndexOf('.') + 1));
        if (v == null || !v.isTextual()) {
            throw new MalformedEventException(field, "eventId must be a UUID string");
        }
        try {
            return UUID.fromString(v.asText());
        } catch (IllegalArgumentException e) {
            throw new MalformedEventException(field, "eventId '" + v.asText() + "' is not a UUID");
        }
    }
}

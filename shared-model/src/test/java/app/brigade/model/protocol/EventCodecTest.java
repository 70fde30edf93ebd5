package app.brigade.model.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.brigade.model.event.EventPayload;
import app.brigade.model.event.OrderClosed;
import app.brigade.model.event.UnknownPayload;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EventCodecTest {

    private final EventCodec codec = new EventCodec();
    private final EventFactory factory = new EventFactory("pos-1", new UuidV7(() -> 1_732_000_000_000L),
            new HlcClock(() -> 1_732_000_000_000L));

    static Stream<EventPayload> payloads() {
        return SamplePayloads.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("payloads")
    void everyEventTypeSurvivesAJsonRoundTrip(EventPayload payload) {
        Event event = factory.create(42, payload, "emp-carl", "emp-maria");

        String json = codec.write(event);
        Event back = codec.read(json);

        assertThat(back).isEqualTo(event);
        assertThat(back.understood()).isTrue();
        assertThat(json).contains("\"type\":\"" + payload.type() + "\"");
    }

    @Test
    void theEnvelopeIsWrittenFieldForFieldWithNullsKept() {
        Event event = new Event(UUID.fromString("0192f0c8-5c00-7000-8000-000000000001"), "pos-1", 42,
                Hlc.parse("1732000000000.3"), "o1", null, null, 1, new OrderClosed("o1"));

        String expected = "{\"eventId\":\"0192f0c8-5c00-7000-8000-000000000001\",\"deviceId\":\"pos-1\",\"deviceSeq\":42,"
                + "\"hlc\":\"1732000000000.3\",\"type\":\"OrderClosed\",\"aggregateId\":\"o1\",\"actorId\":null,"
                + "\"approverId\":null,\"schemaVersion\":1,\"payload\":{\"orderId\":\"o1\"}}";
        assertThat(codec.write(event)).isEqualTo(expected);
        assertThat(codec.writeBatch(List.of(event, event))).isEqualTo("{\"events\":[" + expected + "," + expected + "]}");
        assertThat(codec.toTree(event).toString()).isEqualTo(expected);
    }

    @Test
    void samplesCoverEveryRegisteredType() {
        assertThat(SamplePayloads.all()).extracting(p -> (Object) p.getClass())
                .containsExactlyInAnyOrderElementsOf(EventTypes.all());
    }

    @Test
    void unknownTypeIsKeptWithItsJsonAndReported() {
        String json = """
                {"eventId":"%s","deviceId":"pos-9","deviceSeq":3,"hlc":"1732000000000.1","type":"LoyaltyPointsEarned",
                 "aggregateId":"o7","actorId":"emp-x","approverId":null,"schemaVersion":1,
                 "payload":{"orderId":"o7","points":40}}""".formatted(UUID.randomUUID());

        Event event = codec.read(json);

        assertThat(event.understood()).isFalse();
        UnknownPayload unknown = (UnknownPayload) event.payload();
        assertThat(unknown.type()).isEqualTo("LoyaltyPointsEarned");
        assertThat(unknown.why()).contains("unknown event type");
        assertThat(codec.read(codec.write(event))).isEqualTo(event);
        assertThat(codec.write(event)).contains("\"points\":40");
    }

    @Test
    void newerSchemaVersionIsKeptNotCrashedOn() {
        Event original = factory.create(1, new OrderClosed("o1"), "emp", null);
        String newer = codec.write(original).replace("\"schemaVersion\":1", "\"schemaVersion\":2")
                .replace("\"payload\":{", "\"payload\":{\"closedBy\":\"robot\",");

        Event event = codec.read(newer);

        assertThat(event.understood()).isFalse();
        assertThat(((UnknownPayload) event.payload()).why()).contains("schema version 2");
        assertThat(event.type()).isEqualTo("OrderClosed");
    }

    @Test
    void aFireWrittenBeforeTheRushFlagExistedReadsAsNotRushed() {
        var fired = new app.brigade.model.event.OrderFired("o1", "A-001", app.brigade.model.event.OrderType.TAKEOUT,
                "", "Carl", 1_000L, false, List.of("l1"), List.of(), true);
        String json = codec.write(factory.create(1, fired, "emp", null));
        assertThat(json).contains("\"rush\":true");
        String older = json.replace(",\"rush\":true", "");
        assertThat(older).doesNotContain("rush");
        var read = (app.brigade.model.event.OrderFired) codec.read(older).payload();
        assertThat(read.rush()).isFalse();
        assertThat(read.lineIds()).containsExactly("l1");
    }

    @Test
    void batchRoundTripKeepsOrder() {
        List<Event> events = List.of(factory.create(1, SamplePayloads.all().get(0), "a", null),
                factory.create(2, SamplePayloads.all().get(1), "a", null));
        assertThat(codec.readBatch(codec.writeBatch(events))).isEqualTo(events);
    }

    @Test
    void malformedInputNamesTheField() {
        assertThatThrownBy(() -> codec.read("{not json")).isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> codec.readBatch("{\"events\":[{\"eventId\":\"x\"}]}"))
                .isInstanceOfSatisfying(MalformedEventException.class,
                        e -> assertThat(e.field()).isEqualTo("events[0].eventId"));
        assertThatThrownBy(() -> codec.readBatch("{\"events\":{}}"))
                .isInstanceOfSatisfying(MalformedEventException.class, e -> assertThat(e.field()).isEqualTo("events"));

        Event ok = factory.create(5, new OrderClosed("o1"), "emp", null);
        String noSeq = codec.write(ok).replace("\"deviceSeq\":5", "\"deviceSeq\":\"five\"");
        assertThatThrownBy(() -> codec.read(noSeq)).isInstanceOfSatisfying(MalformedEventException.class,
                e -> assertThat(e.field()).isEqualTo("deviceSeq"));
        String badPayload = codec.write(ok).replace("\"orderId\":\"o1\"", "\"orderId\":\"\"");
        assertThatThrownBy(() -> codec.read(badPayload)).isInstanceOfSatisfying(MalformedEventException.class,
                e -> assertThat(e.getMessage()).contains("orderId is required"));
        String zeroSeq = codec.write(ok).replace("\"deviceSeq\":5", "\"deviceSeq\":0");
        assertThatThrownBy(() -> codec.read(zeroSeq)).hasMessageContaining("deviceSeq starts at 1");
    }
}

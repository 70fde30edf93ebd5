package app.brigade.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.brigade.model.event.LineAdded;
import app.brigade.model.protocol.Event;
import app.brigade.model.protocol.Hlc;
import app.brigade.server.ServerConfig;
import app.brigade.server.auth.DeviceKind;
import app.brigade.server.db.Schema;
import app.brigade.server.support.Api;
import app.brigade.server.support.Device;
import app.brigade.server.support.H2Database;
import app.brigade.server.support.ServerTestBase;
import app.brigade.server.support.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Malformed and hostile input of every kind: a clear problem reply with a stable type, never a 500,
 * never a lost or half-written batch. Run against H2 and PostgreSQL by the subclasses.
 */
public abstract class BadInputContract extends ServerTestBase {

    @Test
    void malformedJsonIsABadRequestNamingTheBody() {
        Device pos = server.enrollPos();
        assertProblem(api.post("/v1/events", pos.token(), "{\"events\": [ {"), 400, "malformed-event");
        assertProblem(api.post("/v1/events", pos.token(), ""), 400, "malformed-event");
        assertProblem(api.post("/v1/events", pos.token(), "[1,2,3]"), 400, "malformed-event");
        assertProblem(api.post("/v1/devices/enroll", null, "not json"), 400, "malformed-json");
        assertProblem(api.put("/v1/catalog", server.adminToken(), "{\"version\": "), 400, "malformed-catalog");
    }

    @Test
    void oneBadEventRejectsTheWholeBatchAndNothingIsStored() {
        Device pos = server.enrollPos();
        long head = feedHead();
        ObjectNode bad = Device.codec().toTree(pos.next(Device.line("o-b")));
        bad.put("deviceSeq", "three");
        String body = "{\"events\":[" + Device.codec().write(pos.next(Device.line("o-b"))) + "," + bad + "]}";

        Api.Response r = api.post("/v1/events", pos.token(), body);

        assertProblem(r, 400, "malformed-event");
        assertThat(r.json().get("field").asText()).isEqualTo("events[1].deviceSeq");
        assertThat(feedHead()).isEqualTo(head);
    }

    @Test
    void missingWrongExpiredAndRevokedTokensAreRefused() {
        Device pos = server.enrollPos();
        assertProblem(api.get("/v1/events", null), 401, "token-missing");
        assertProblem(api.get("/v1/events", "not-a-real-token"), 401, "token-invalid");
        Api.Response basic = api.send(api.request("/v1/events", null).header("Authorization", "Basic YTpi").GET()
                .build());
        assertProblem(basic, 401, "token-invalid");

        String shortLived = server.server().tokens().createAdminToken(Duration.ofMinutes(5));
        assertThat(api.get("/v1/events", shortLived).status()).isEqualTo(200);
        server.clock().advance(Duration.ofMinutes(6));
        assertProblem(api.get("/v1/events", shortLived), 401, "token-expired");

        server.server().tokens().revokeDevice(pos.id());
        assertProblem(api.post("/v1/events", pos.token(), Device.batch(pos.next(Device.line("o-t")))), 401,
                "token-revoked");
    }

    @Test
    void adminTokensPushNoEvents() {
        Device pos = server.enrollPos();
        assertProblem(api.post("/v1/events", server.adminToken(), Device.batch(pos.next(Device.line("o-a")))), 403,
                "device-token-required");
    }

    @Test
    void enrollmentCodesWorkOnceAndExpire() {
        String code = server.server().enrollment().issueCode("Bar", DeviceKind.POS, Duration.ofMinutes(10)).code();
        assertThat(api.post("/v1/devices/enroll", null, "{\"code\":\"" + code + "\"}").status()).isEqualTo(201);
        assertProblem(api.post("/v1/devices/enroll", null, "{\"code\":\"" + code + "\"}"), 403,
                "enrollment-code-used");

        String late = server.server().enrollment().issueCode("Kitchen", DeviceKind.KDS, Duration.ofMinutes(10)).code();
        server.clock().advance(Duration.ofMinutes(11));
        assertProblem(api.post("/v1/devices/enroll", null, "{\"code\":\"" + late + "\"}"), 403,
                "enrollment-code-expired");
        assertProblem(api.post("/v1/devices/enroll", null, "{\"code\":\"AAAA-BBBB-CCCC\"}"), 403,
                "enrollment-code-unknown");
        assertProblem(api.post("/v1/devices/enroll", null, "{\"name\":\"no code\"}"), 400, "invalid-request");

        String kds = server.server().enrollment().issueCode("Grill", DeviceKind.KDS, Duration.ofMinutes(10)).code();
        assertProblem(api.post("/v1/devices/enroll", null, "{\"code\":\"" + kds + "\",\"kind\":\"toaster\"}"), 400,
                "invalid-device-kind");
        assertProblem(api.post("/v1/devices/enroll", null, "{\"code\":\"" + kds + "\",\"kind\":\"pos\"}"), 422,
                "enrollment-kind-mismatch");
    }

    @Test
    void anOversizedBatchIsRefusedWhole() {
        Device pos = server.enrollPos();
        long head = feedHead();
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < ServerConfig.MAX_BATCH + 1; i++) {
            events.add(pos.next(Device.line("o-big")));
        }

        Api.Response r = api.post("/v1/events", pos.token(), Device.batch(events));

        assertProblem(r, 413, "batch-too-large");
        assertThat(r.json().get("maxEvents").asInt()).isEqualTo(500);
        assertThat(feedHead()).isEqualTo(head);
        assertThat(api.post("/v1/events", pos.token(), Device.batch(events.subList(0, 500))).json().get("acked")
                .asLong()).isEqualTo(500);
    }

    @Test
    void aTenMegabyteNoteIsRefusedAsTooLargeAndNothingIsStored() {
        Device pos = server.enrollPos();
        long head = feedHead();
        String note = "x".repeat(10 * 1024 * 1024);
        Event huge = pos.next(Device.line("o-n", "l-n", "Soup", 500, note));

        Api.Response r = api.post("/v1/events", pos.token(), Device.batch(huge));

        assertProblem(r, 413, "body-too-large");
        assertThat(feedHead()).isEqualTo(head);
    }

    @Test
    void anUnknownEventTypeIsStoredFlaggedAndServedVerbatim() {
        Device pos = server.enrollPos();
        ObjectNode unknown = Device.codec().toTree(pos.next(Device.line("o-u")));
        unknown.put("type", "LoyaltyPointsEarned");
        unknown.set("payload", Device.codec().mapper().createObjectNode().put("points", 42).put("memberId", "m-7"));

        Api.Response r = api.post("/v1/events", pos.token(), "{\"events\":[" + unknown + "]}");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("accepted").asInt()).isEqualTo(1);
        assertThat(r.json().get("flagged").get(0).get("reason").asText()).isEqualTo("unknown-type");
        JsonNode stored = api.get("/v1/events", pos.token()).json().get("events").get(0).get("event");
        assertThat(stored.get("type").asText()).isEqualTo("LoyaltyPointsEarned");
        assertThat(stored.get("payload")).isEqualTo(unknown.get("payload"));
    }

    @Test
    void anEventClaimingAnotherDeviceIsForbiddenAndATokenFromAnotherStoreIsUnknown() throws Exception {
        Device here = server.enrollPos();
        try (TestServer otherStore = TestServer.start(H2Database.fresh(tempDir))) {
            Device there = otherStore.enrollPos();
            long head = feedHead();

            Api.Response spoofed = api.post("/v1/events", here.token(),
                    Device.batch(here.next(Device.line("o-1")), there.next(Device.line("o-2"))));
            Api.Response foreignToken = api.post("/v1/events", there.token(),
                    Device.batch(there.next(Device.line("o-3"))));

            assertProblem(spoofed, 403, "wrong-device");
            assertThat(spoofed.json().get("field").asText()).isEqualTo("events[1].deviceId");
            assertProblem(foreignToken, 401, "token-invalid");
            assertThat(feedHead()).isEqualTo(head);
        }
    }

    @Test
    void sqlLookingStringsAreStoredAsPlainText() {
        Device pos = server.enrollPos();
        String evil = "Robert'); DROP TABLE events; -- \" \\ \u0000 %_";
        Event e = pos.next(new LineAdded("o-sql", "l-sql", "x' OR '1'='1", evil, "cat", 100, 1, "std", 0, true,
                List.of(), List.of(), 0, 0, evil));

        Api.Response r = api.post("/v1/events", pos.token(), Device.batch(e));

        assertThat(r.status()).isEqualTo(200);
        JsonNode stored = api.get("/v1/events", pos.token()).json().get("events").get(0).get("event");
        assertThat(Device.codec().fromTree(stored, "")).isEqualTo(e);
        assertThat(server.server().database().dsl().fetchCount(Schema.Events.TABLE)).isEqualTo(1);
        assertThat(server.server().database().dsl().select(Schema.OrderLines.NAME).from(Schema.OrderLines.TABLE)
                .fetchOne(Schema.OrderLines.NAME)).isEqualTo(evil.replace("\u0000", ""));
    }

    @Test
    void reusedLineAndPaymentIdsAcrossBatchesAndDevicesAreStoredWithoutBreakingTheProjection() {
        Device till = server.enrollPos();
        Device bar = server.enroll("Bar", DeviceKind.POS);
        Event first = till.next(Device.line("o-dupe", "l-same", "Soup", 500, ""));
        Event again = till.next(Device.line("o-dupe", "l-same", "Soup again", 700, ""));
        Event elsewhere = bar.next(Device.line("o-dupe", "l-same", "Bar soup", 900, ""));

        assertThat(api.post("/v1/events", till.token(), Device.batch(first, again)).status()).isEqualTo(200);
        assertThat(api.post("/v1/events", bar.token(), Device.batch(elsewhere)).status()).isEqualTo(200);

        assertThat(api.get("/v1/events", till.token()).json().get("events")).hasSize(3);
        assertThat(server.server().database().dsl().select(Schema.OrderLines.NAME).from(Schema.OrderLines.TABLE)
                .where(Schema.OrderLines.LINE_ID.eq("l-same")).fetchOne(Schema.OrderLines.NAME)).isEqualTo("Soup");
    }

    @Test
    void aClockFarInTheFutureIsFlaggedNotRejected() {
        Device pos = server.enrollPos();
        Event normal = pos.next(Device.line("o-f"));
        Event future = new Event(normal.eventId(), normal.deviceId(), normal.deviceSeq(),
                new Hlc(System.currentTimeMillis() + Duration.ofDays(400).toMillis(), 0), normal.aggregateId(),
                normal.actorId(), null, normal.schemaVersion(), normal.payload());

        Api.Response r = api.post("/v1/events", pos.token(), Device.batch(future));

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("accepted").asInt()).isEqualTo(1);
        assertThat(r.json().get("flagged").get(0).get("reason").asText()).isEqualTo("clock-ahead");
    }

    @Test
    void eventsOutOfDeviceOrderOrWithOversizedIdsAreBadRequests() {
        Device pos = server.enrollPos();
        Event first = pos.next(Device.line("o-o"));
        Event second = pos.next(Device.line("o-o"));
        assertProblem(api.post("/v1/events", pos.token(), Device.batch(second, first)), 400, "batch-out-of-order");

        ObjectNode longActor = Device.codec().toTree(first);
        longActor.put("actorId", "a".repeat(5000));
        Api.Response r = api.post("/v1/events", pos.token(), "{\"events\":[" + longActor + "]}");
        assertProblem(r, 400, "malformed-event");
        assertThat(r.json().get("field").asText()).isEqualTo("events[0].actorId");
    }

    @Test
    void badQueryParametersNameTheParameterAndTheAllowedRange() {
        Device pos = server.enrollPos();
        Api.Response r = api.get("/v1/events?after=-1", pos.token());
        assertProblem(r, 400, "invalid-parameter");
        assertThat(r.json().get("detail").asText()).contains("after").contains("-1").contains("0 to");
        assertProblem(api.get("/v1/events?limit=100000", pos.token()), 400, "invalid-parameter");
        assertProblem(api.get("/v1/events?wait=abc", pos.token()), 400, "invalid-parameter");
        assertProblem(api.get("/v1/events/stream", pos.token(), "Last-Event-ID", "yesterday"), 400,
                "invalid-parameter");
    }

    @Test
    void unknownRoutesAndMethodsAreProblems() {
        assertProblem(api.get("/v1/nothing-here", null), 404, "not-found");
        assertProblem(api.send(api.request("/v1/events", null).DELETE().build()), 405, "method-not-allowed");
    }

    @Test
    void aNonObjectOrIncompleteCatalogIsRefusedWithAPath() {
        assertProblem(api.put("/v1/catalog", server.adminToken(), "[]"), 422, "invalid-catalog");
        Api.Response r = api.put("/v1/catalog", server.adminToken(), "{\"version\":1,\"items\":[{\"id\":\"x\"}]}");
        assertProblem(r, 422, "invalid-catalog");
        assertThat(r.json().get("field").asText()).isNotBlank();
    }
}

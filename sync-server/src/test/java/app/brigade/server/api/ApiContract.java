package app.brigade.server.api;

import static app.brigade.server.db.Schema.Orders;
import static app.brigade.server.db.Schema.Payments;
import static org.assertj.core.api.Assertions.assertThat;

import app.brigade.model.event.LineAdded;
import app.brigade.model.event.LinesMovedIn;
import app.brigade.model.event.LinesMovedOut;
import app.brigade.model.event.MovedLine;
import app.brigade.model.event.PaymentAdded;
import app.brigade.model.event.OrderClosed;
import app.brigade.model.event.OrderOpened;
import app.brigade.model.event.OrderType;
import app.brigade.model.event.ShiftClosed;
import app.brigade.model.event.ShiftOpened;
import app.brigade.model.event.CashMovement;
import app.brigade.model.event.CashMovementKind;
import app.brigade.model.protocol.Event;
import app.brigade.server.auth.DeviceKind;
import app.brigade.server.db.Schema;
import app.brigade.server.support.Api;
import app.brigade.server.support.Device;
import app.brigade.server.support.ServerTestBase;
import app.brigade.server.support.SseReader;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/** The whole API over HTTP, run against H2 and against PostgreSQL by the subclasses. */
public abstract class ApiContract extends ServerTestBase {

    @Test
    void enrolledDevicePushesEventsAndTheFeedReturnsThemInServerOrder() {
        Device pos = server.enrollPos();
        List<Event> events = pos.paidOrder("o-1", 3);

        Api.Response push = api.post("/v1/events", pos.token(), Device.batch(events));

        assertThat(push.status()).isEqualTo(200);
        JsonNode reply = push.json();
        assertThat(reply.get("acked").asLong()).isEqualTo(events.size());
        assertThat(reply.get("accepted").asInt()).isEqualTo(events.size());
        assertThat(reply.get("duplicates").asInt()).isZero();
        assertThat(reply.get("missingFrom").isNull()).isTrue();
        JsonNode feed = api.get("/v1/events?after=0&limit=100", pos.token()).json();
        assertThat(feed.get("events")).hasSize(events.size());
        for (int i = 0; i < events.size(); i++) {
            JsonNode entry = feed.get("events").get(i);
            assertThat(entry.get("serverSeq").asLong()).isEqualTo(reply.get("serverSeqs").get(i).asLong());
            assertThat(Device.codec().fromTree(entry.get("event"), "")).isEqualTo(events.get(i));
        }
        assertThat(feed.get("next").asLong()).isEqualTo(reply.get("serverSeqs").get(events.size() - 1).asLong());
    }

    @Test
    void feedPagesWithLimitAndAfter() {
        Device pos = server.enrollPos();
        api.post("/v1/events", pos.token(), Device.batch(pos.paidOrder("o-page", 8)));

        JsonNode first = api.get("/v1/events?after=0&limit=4", pos.token()).json();
        JsonNode second = api.get("/v1/events?after=" + first.get("next").asLong() + "&limit=4", pos.token()).json();
        JsonNode rest = api.get("/v1/events?after=" + second.get("next").asLong(), pos.token()).json();

        assertThat(first.get("events")).hasSize(4);
        assertThat(second.get("events")).hasSize(4);
        assertThat(rest.get("events")).hasSize(3);
        assertThat(second.get("events").get(0).get("serverSeq").asLong())
                .isEqualTo(first.get("next").asLong() + 1);
        JsonNode empty = api.get("/v1/events?after=" + rest.get("next").asLong(), pos.token()).json();
        assertThat(empty.get("events")).isEmpty();
        assertThat(empty.get("next").asLong()).isEqualTo(rest.get("next").asLong());
    }

    @Test
    void aResentBatchIsSuccessWithTheSameServerSequences() {
        Device pos = server.enrollPos();
        String batch = Device.batch(pos.paidOrder("o-dup", 2));
        JsonNode first = api.post("/v1/events", pos.token(), batch).json();

        Api.Response again = api.post("/v1/events", pos.token(), batch);

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("accepted").asInt()).isZero();
        assertThat(again.json().get("duplicates").asInt()).isEqualTo(5);
        assertThat(again.json().get("serverSeqs")).isEqualTo(first.get("serverSeqs"));
        assertThat(again.json().get("acked").asLong()).isEqualTo(5);
        assertThat(api.get("/v1/events", pos.token()).json().get("events")).hasSize(5);
    }

    @Test
    void theSameEventIdWithDifferentContentIsAConflictAndNothingOfTheBatchIsStored() {
        Device pos = server.enrollPos();
        Event original = pos.next(Device.line("o-c", "l-1", "Soup", 500, ""));
        api.post("/v1/events", pos.token(), Device.batch(original));
        long head = feedHead();
        Event fresh = pos.next(Device.line("o-c", "l-2", "Bread", 100, ""));
        Event tampered = new Event(original.eventId(), original.deviceId(), original.deviceSeq(), original.hlc(),
                original.aggregateId(), original.actorId(), null, original.schemaVersion(),
                Device.line("o-c", "l-1", "Soup", 1, ""));

        Api.Response r = api.post("/v1/events", pos.token(), Device.batch(tampered, fresh));

        assertProblem(r, 409, "event-conflict");
        assertThat(r.json().get("detail").asText()).contains(original.eventId().toString());
        assertThat(feedHead()).isEqualTo(head);
    }

    @Test
    void anEventIdStoredUnderAnotherDeviceSeqIsAConflictNamingTheStoredEventAndNothingOfTheBatchIsStored() {
        Device pos = server.enrollPos();
        Event original = pos.next(Device.line("o-r", "l-1", "Soup", 500, ""));
        api.post("/v1/events", pos.token(), Device.batch(original));
        long head = feedHead();
        Event fresh = pos.next(Device.line("o-r", "l-2", "Bread", 100, ""));
        Event reused = new Event(original.eventId(), original.deviceId(), fresh.deviceSeq() + 1, original.hlc(),
                original.aggregateId(), original.actorId(), null, original.schemaVersion(), original.payload());

        Api.Response r = api.post("/v1/events", pos.token(), Device.batch(fresh, reused));

        assertProblem(r, 409, "event-conflict");
        assertThat(r.json().get("detail").asText())
                .contains(original.eventId().toString())
                .contains("deviceSeq " + original.deviceSeq());
        assertThat(feedHead()).isEqualTo(head);
        JsonNode retry = api.post("/v1/events", pos.token(), Device.batch(fresh)).json();
        assertThat(retry.get("accepted").asInt()).isEqualTo(1);
        assertThat(retry.get("acked").asLong()).isEqualTo(fresh.deviceSeq());
    }

    @Test
    void aResendOverlappingStoredEventsStoresOnlyTheNewOnesAndAcknowledgesThemAll() {
        Device pos = server.enrollPos();
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            events.add(pos.next(Device.line("o-overlap")));
        }
        api.post("/v1/events", pos.token(), Device.batch(events.subList(0, 3)));

        JsonNode r = api.post("/v1/events", pos.token(), Device.batch(events.subList(1, 5))).json();

        assertThat(r.get("accepted").asInt()).isEqualTo(2);
        assertThat(r.get("duplicates").asInt()).isEqualTo(2);
        assertThat(r.get("acked").asLong()).isEqualTo(5);
        assertThat(r.get("missingFrom").isNull()).isTrue();
        assertThat(api.get("/v1/events", pos.token()).json().get("events")).hasSize(5);
    }

    @Test
    void aBatchFillingAGapAcknowledgesThroughEventsStoredAfterTheGap() {
        Device pos = server.enrollPos();
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            events.add(pos.next(Device.line("o-fill")));
        }
        api.post("/v1/events", pos.token(), Device.batch(events.get(0)));
        JsonNode gap = api.post("/v1/events", pos.token(), Device.batch(events.subList(3, 6))).json();

        JsonNode filled = api.post("/v1/events", pos.token(), Device.batch(events.subList(1, 3))).json();

        assertThat(gap.get("acked").asLong()).isEqualTo(1);
        assertThat(gap.get("missingFrom").asLong()).isEqualTo(2);
        assertThat(filled.get("acked").asLong()).isEqualTo(6);
        assertThat(filled.get("missingFrom").isNull()).isTrue();
    }

    @Test
    void aGapInDeviceSequenceIsReportedAndClosedLater() {
        Device pos = server.enrollPos();
        Event e1 = pos.next(Device.line("o-g"));
        Event e2 = pos.next(Device.line("o-g"));
        Event e3 = pos.next(Device.line("o-g"));
        Event e4 = pos.next(Device.line("o-g"));

        JsonNode gap = api.post("/v1/events", pos.token(), Device.batch(e1, e2, e4)).json();
        JsonNode filled = api.post("/v1/events", pos.token(), Device.batch(e3)).json();

        assertThat(gap.get("acked").asLong()).isEqualTo(2);
        assertThat(gap.get("missingFrom").asLong()).isEqualTo(3);
        assertThat(gap.get("accepted").asInt()).isEqualTo(3);
        assertThat(filled.get("acked").asLong()).isEqualTo(4);
        assertThat(filled.get("missingFrom").isNull()).isTrue();
    }

    @Test
    void aLongPollReturnsAsSoonAsAnotherConnectionPushes() throws Exception {
        Device pos = server.enrollPos();
        Device kds = server.enroll("Grill", DeviceKind.KDS);
        long head = feedHead();

        CompletableFuture<Api.Response> poll = CompletableFuture.supplyAsync(
                () -> api.get("/v1/events?after=" + head + "&wait=25", kds.token()));
        api.post("/v1/events", pos.token(), Device.batch(pos.next(Device.line("o-lp"))));

        JsonNode page = poll.get().json();
        assertThat(page.get("events")).hasSize(1);
        assertThat(page.get("events").get(0).get("event").get("deviceId").asText()).isEqualTo(pos.id());
    }

    @Test
    void aLongPollWithNothingNewAnswersEmptyAfterTheWait() {
        Device pos = server.enrollPos();
        long head = feedHead();

        Api.Response r = api.get("/v1/events?after=" + head + "&wait=1", pos.token());

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("events")).isEmpty();
        assertThat(r.json().get("next").asLong()).isEqualTo(head);
    }

    @Test
    void theStreamSendsBacklogThenLiveEventsAndResumesFromLastEventId() throws Exception {
        Device pos = server.enrollPos();
        Device kds = server.enroll("Expo", DeviceKind.KDS);
        List<Event> first = List.of(pos.next(Device.line("o-s")), pos.next(Device.line("o-s")));
        JsonNode pushed = api.post("/v1/events", pos.token(), Device.batch(first)).json();

        String firstId;
        try (SseReader stream = new SseReader(api, "/v1/events/stream?after=0", kds.token(), null)) {
            assertThat(stream.status()).isEqualTo(200);
            firstId = stream.next().id();
            assertThat(firstId).isEqualTo(pushed.get("serverSeqs").get(0).asText());
            assertThat(stream.next().id()).isEqualTo(pushed.get("serverSeqs").get(1).asText());
            Event live = pos.next(Device.line("o-s"));
            api.post("/v1/events", pos.token(), Device.batch(live));
            SseReader.SseEvent received = stream.next();
            assertThat(Device.codec().read(received.data())).isEqualTo(live);
        }
        try (SseReader resumed = new SseReader(api, "/v1/events/stream", kds.token(), firstId)) {
            assertThat(resumed.next().id()).isEqualTo(pushed.get("serverSeqs").get(1).asText());
        }
    }

    @Test
    void catalogIsPublishedByAnAdminServedWithAnEtagAndAnnouncedOnTheFeed() {
        Device pos = server.enrollPos();
        assertProblem(api.get("/v1/catalog", pos.token()), 404, "catalog-not-published");

        Api.Response put = api.put("/v1/catalog", server.adminToken(), Catalogs.VALID);

        assertThat(put.status()).isEqualTo(200);
        assertThat(put.json().get("version").asLong()).isEqualTo(1);
        String etag = put.json().get("etag").asText();
        Api.Response get = api.get("/v1/catalog", pos.token());
        assertThat(get.status()).isEqualTo(200);
        assertThat(get.header("ETag")).isEqualTo(etag);
        assertThat(get.json().get("version").asLong()).isEqualTo(1);
        assertThat(get.json().get("items").get(0).get("price").asLong()).isEqualTo(450);
        Api.Response notModified = api.get("/v1/catalog", pos.token(), "If-None-Match", etag);
        assertThat(notModified.status()).isEqualTo(304);
        assertThat(notModified.body()).isEmpty();
        JsonNode feed = api.get("/v1/events", pos.token()).json().get("events");
        JsonNode announced = feed.get(feed.size() - 1).get("event");
        assertThat(announced.get("type").asText()).isEqualTo("CatalogPublished");
        assertThat(announced.get("payload").get("etag").asText()).isEqualTo(etag);

        Api.Response second = api.put("/v1/catalog", server.adminToken(), Catalogs.VALID);
        assertThat(second.json().get("version").asLong()).isEqualTo(2);
        assertThat(api.get("/v1/catalog", pos.token(), "If-None-Match", etag).status()).isEqualTo(200);
    }

    @Test
    void anInvalidCatalogIsRefusedWithThePathOfTheBadField() {
        assertCatalogRefused(Catalogs.VALID.replace("\"price\": 450", "\"price\": -1"), "items[0].price");
        assertCatalogRefused(Catalogs.VALID.replace("\"taxClassId\": \"std\"", "\"taxClassId\": \"luxury\""),
                "items[0].taxClassId");
        assertCatalogRefused(Catalogs.VALID.replace("\"maxChoices\": 1", "\"maxChoices\": 0"),
                "modifierGroups[0].maxChoices");
        assertProblem(api.get("/v1/catalog", server.adminToken()), 404, "catalog-not-published");
    }

    private void assertCatalogRefused(String catalog, String path) {
        Api.Response r = api.put("/v1/catalog", server.adminToken(), catalog);
        assertProblem(r, 422, "invalid-catalog");
        assertThat(r.json().get("field").asText()).isEqualTo(path);
        assertThat(r.json().get("violations").get(0).get("path").asText()).isEqualTo(path);
    }

    @Test
    void onlyAnAdminTokenMayPublishTheCatalog() {
        Device pos = server.enrollPos();
        assertProblem(api.put("/v1/catalog", pos.token(), Catalogs.VALID), 403, "admin-token-required");
        assertProblem(api.put("/v1/catalog", null, Catalogs.VALID), 401, "token-missing");
    }

    @Test
    void healthSaysTheDatabaseIsUpAndTheVersion() {
        Api.Response r = api.get("/v1/health", null);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("status").asText()).isEqualTo("ok");
        assertThat(r.json().get("database").asText()).isEqualTo("up");
        assertThat(r.json().get("version").asText()).isNotBlank();
    }

    @Test
    void metricsCountRequestsIngestAndStreamsInPrometheusText() throws Exception {
        Device pos = server.enrollPos();
        api.post("/v1/events", pos.token(), Device.batch(pos.paidOrder("o-m", 1)));
        try (SseReader stream = new SseReader(api, "/v1/events/stream", pos.token(), null)) {
            stream.next();
            Api.Response r = api.get("/v1/metrics", server.adminToken());

            assertThat(r.status()).isEqualTo(200);
            assertThat(r.contentType()).startsWith("text/plain");
            assertThat(r.body())
                    .contains("brigade_http_requests_total{method=\"POST\",route=\"/v1/events\",status=\"200\"} 1")
                    .contains("brigade_events_ingested_total 4")
                    .contains("brigade_open_streams 1")
                    .contains("# TYPE brigade_feed_lag_events gauge");
        }
        assertProblem(api.get("/v1/metrics", null), 401, "token-missing");
    }

    @Test
    void projectionsKeepOrdersPaymentsAndShiftsAcrossTerminals() {
        Device pos = server.enrollPos();
        List<Event> events = new ArrayList<>(pos.paidOrder("o-r", 2));
        events.add(pos.next(new ShiftOpened("sh-1", "emp-1", 10_000, "EUR")));
        events.add(pos.next(new CashMovement("sh-1", "m-1", CashMovementKind.PAY_IN, 2_000, "change")));
        events.add(pos.next(new CashMovement("sh-1", "m-2", CashMovementKind.DROP, 5_000, "safe")));
        events.add(pos.next(new ShiftClosed("sh-1", 7_900, Map.of())));

        assertThat(api.post("/v1/events", pos.token(), Device.batch(events)).status()).isEqualTo(200);

        var dsl = server.server().database().dsl();
        var order = dsl.select(Orders.STATUS, Orders.CLOSED_BY_DEVICE).from(Orders.TABLE).where(Orders.ORDER_ID.eq("o-r")).fetchOne();
        assertThat(order.get(Orders.STATUS)).isEqualTo("CLOSED");
        assertThat(order.get(Orders.CLOSED_BY_DEVICE)).isEqualTo(pos.id());
        assertThat(dsl.select(DSL.sum(Schema.OrderLines.UNIT_PRICE)).from(Schema.OrderLines.TABLE)
                .where(Schema.OrderLines.ORDER_ID.eq("o-r")).fetchOne(0, Long.class)).isEqualTo(900);
        assertThat(dsl.select(Payments.AMOUNT).from(Payments.TABLE).where(Payments.ORDER_ID.eq("o-r"))
                .fetchOne(Payments.AMOUNT)).isEqualTo(900);
        var shift = dsl.select(Schema.Shifts.OPENING_FLOAT, Schema.Shifts.CASH_IN, Schema.Shifts.CASH_OUT,
                Schema.Shifts.COUNTED_CASH, Schema.Shifts.STATUS).from(Schema.Shifts.TABLE).where(Schema.Shifts.SHIFT_ID.eq("sh-1")).fetchOne();
        assertThat(shift.get(Schema.Shifts.OPENING_FLOAT)).isEqualTo(10_000);
        assertThat(shift.get(Schema.Shifts.CASH_IN)).isEqualTo(2_000);
        assertThat(shift.get(Schema.Shifts.CASH_OUT)).isEqualTo(5_000);
        assertThat(shift.get(Schema.Shifts.COUNTED_CASH)).isEqualTo(7_900);
        assertThat(shift.get(Schema.Shifts.STATUS)).isEqualTo("CLOSED");
    }

    @Test
    void anEventForAnOrderClosedByAnotherTerminalIsKeptAndFlagged() {
        Device till = server.enrollPos();
        Device bar = server.enroll("Bar", DeviceKind.POS);
        api.post("/v1/events", till.token(), Device.batch(till.paidOrder("o-x", 1)));

        Event late = bar.next(new LineAdded("o-x", "l-late", "item-1", "Beer", "cat-1", 400, 1, "std", 2000, true,
                List.of(), List.of(), 0, 0, ""));
        Api.Response r = api.post("/v1/events", bar.token(), Device.batch(late));

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("accepted").asInt()).isEqualTo(1);
        assertThat(r.json().get("flagged").get(0).get("reason").asText()).isEqualTo("closed-order");
        assertThat(r.json().get("flagged").get(0).get("eventId").asText()).isEqualTo(late.eventId().toString());
        assertThat(server.server().database().dsl().fetchCount(Schema.EventFlags.TABLE,
                Schema.EventFlags.EVENT_ID.eq(late.eventId()))).isEqualTo(1);
    }

    @Test
    void anAdminIssuesEnrollmentCodesAndRevokesDevices() {
        Api.Response code = api.post("/v1/enrollment-codes", server.adminToken(),
                "{\"name\":\"Patio POS\",\"kind\":\"pos\",\"ttlMinutes\":30}");
        assertThat(code.status()).isEqualTo(201);
        Api.Response enrolled = api.post("/v1/devices/enroll", null,
                "{\"code\":\"" + code.json().get("code").asText().toLowerCase() + "\"}");
        assertThat(enrolled.status()).isEqualTo(201);
        assertThat(enrolled.json().get("name").asText()).isEqualTo("Patio POS");
        assertThat(enrolled.json().get("kind").asText()).isEqualTo("pos");
        String deviceId = enrolled.json().get("deviceId").asText();
        String token = enrolled.json().get("token").asText();
        assertThat(api.get("/v1/events", token).status()).isEqualTo(200);

        Api.Response revoke = api.post("/v1/devices/" + deviceId + "/revoke", server.adminToken(), "");

        assertThat(revoke.status()).isEqualTo(204);
        assertProblem(api.get("/v1/events", token), 401, "token-revoked");
        assertProblem(api.post("/v1/devices/nope/revoke", server.adminToken(), ""), 404, "device-unknown");
        assertProblem(api.post("/v1/enrollment-codes", token, "{\"name\":\"x\",\"kind\":\"pos\"}"), 401,
                "token-revoked");
    }

    @Test
    void openedOrderProjectionRecordsNumberAndType() {
        Device pos = server.enrollPos();
        api.post("/v1/events", pos.token(), Device.batch(
                pos.next(new OrderOpened("o-n", "B-007", OrderType.DINE_IN, "t-4", 2, "emp-9", "EUR")),
                pos.next(new OrderClosed("o-n"))));

        var order = server.server().database().dsl()
                .select(Orders.ORDER_NUMBER, Orders.ORDER_TYPE, Orders.EMPLOYEE_ID).from(Orders.TABLE).where(Orders.ORDER_ID.eq("o-n"))
                .fetchOne();
        assertThat(order.get(Orders.ORDER_NUMBER)).isEqualTo("B-007");
        assertThat(order.get(Orders.ORDER_TYPE)).isEqualTo("DINE_IN");
        assertThat(order.get(Orders.EMPLOYEE_ID)).isEqualTo("emp-9");
    }

    @Test
    void aSplitCheckMovesItsLinesToTheOtherCheckInTheReportingTables() {
        Device pos = server.enrollPos();
        LineAdded soup = Device.line("o-a", "l-soup", "Soup", 590, "");
        LineAdded steak = Device.line("o-a", "l-steak", "Steak", 2690, "seat 2");
        LineAdded water = Device.line("o-a", "l-water", "Water", 300, "seat 2");
        List<Event> events = List.of(
                pos.next(new OrderOpened("o-a", "A-010", OrderType.DINE_IN, "t-4", 2, "emp-1", "EUR")),
                pos.next(soup), pos.next(steak), pos.next(water),
                pos.next(new OrderOpened("o-b", "A-011", OrderType.DINE_IN, "t-4", 0, "emp-1", "EUR")),
                pos.next(new LinesMovedOut("o-a", "o-b", List.of("l-steak", "l-water"))),
                pos.next(new LinesMovedIn("o-b", "o-a", List.of(
                        new MovedLine(steak, 1, true, List.of("tk-1"), List.of()),
                        new MovedLine(water, 2, false, List.of(), List.of())))),
                pos.next(PaymentAdded.cash("o-b", "p-b", "shift-1", 2690 + 600, 0, 3300)),
                pos.next(new OrderClosed("o-b")));

        Api.Response r = api.post("/v1/events", pos.token(), Device.batch(events));

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("flagged")).isEmpty();
        var dsl = server.server().database().dsl();
        assertThat(dsl.select(Schema.OrderLines.LINE_ID).from(Schema.OrderLines.TABLE)
                .where(Schema.OrderLines.ORDER_ID.eq("o-a")).fetch(Schema.OrderLines.LINE_ID))
                .containsExactly("l-soup");
        assertThat(dsl.select(DSL.sum(Schema.OrderLines.UNIT_PRICE.mul(Schema.OrderLines.QUANTITY)))
                .from(Schema.OrderLines.TABLE).where(Schema.OrderLines.ORDER_ID.eq("o-b"))
                .fetchOne(0, Long.class)).as("moved lines at their quantity on the other check").isEqualTo(3290);
        assertThat(dsl.select(Orders.STATUS).from(Orders.TABLE).where(Orders.ORDER_ID.eq("o-b"))
                .fetchOne(Orders.STATUS)).isEqualTo("CLOSED");
        assertThat(dsl.select(Orders.STATUS).from(Orders.TABLE).where(Orders.ORDER_ID.eq("o-a"))
                .fetchOne(Orders.STATUS)).isEqualTo("OPEN");

        // A line moved in a later batch (its row already there) changes hands the same way.
        api.post("/v1/events", pos.token(), Device.batch(
                pos.next(new OrderOpened("o-c", "A-012", OrderType.DINE_IN, "t-4", 0, "emp-1", "EUR")),
                pos.next(new LinesMovedOut("o-a", "o-c", List.of("l-soup"))),
                pos.next(new LinesMovedIn("o-c", "o-a", List.of(new MovedLine(soup, 1, false, List.of(),
                        List.of()))))));
        assertThat(dsl.select(Schema.OrderLines.ORDER_ID).from(Schema.OrderLines.TABLE)
                .where(Schema.OrderLines.LINE_ID.eq("l-soup")).fetchOne(Schema.OrderLines.ORDER_ID)).isEqualTo("o-c");
    }
}

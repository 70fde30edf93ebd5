package app.brigade.server.catalog;

import static app.brigade.server.db.Schema.CatalogVersions;
import static app.brigade.server.db.Schema.Events;

import app.brigade.model.catalog.Catalog;
import app.brigade.model.catalog.CatalogViolation;
import app.brigade.model.event.CatalogPublished;
import app.brigade.model.protocol.Event;
import app.brigade.model.protocol.EventCodec;
import app.brigade.model.protocol.HlcClock;
import app.brigade.model.protocol.UuidV7;
import app.brigade.server.api.ProblemException;
import app.brigade.server.auth.Secrets;
import app.brigade.server.db.Database;
import app.brigade.server.db.FeedHeadLock;
import app.brigade.server.feed.FeedSignal;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * The server-authoritative catalog: validates and stores new versions, serves the current one, and
 * announces each version on the feed as a {@code CatalogPublished} event from device {@code server}.
 */
public final class CatalogService {

    /** The device id of events the server itself writes. */
    public static final String SERVER_DEVICE = "server";

    private final Database db;
    private final EventCodec codec;
    private final FeedSignal signal;
    private final Clock clock;
    private final UuidV7 ids;
    private final HlcClock hlc;

    public CatalogService(Database db, EventCodec codec, FeedSignal signal, Clock clock) {
        this.db = db;
        this.codec = codec;
        this.signal = signal;
        this.clock = clock;
        this.ids = new UuidV7(clock::millis);
        this.hlc = new HlcClock(clock::millis);
    }

    public Optional<PublishedCatalog> current() {
        Record r = db.dsl().select(CatalogVersions.VERSION, CatalogVersions.ETAG, CatalogVersions.BODY)
                .from(CatalogVersions.TABLE)
                .orderBy(CatalogVersions.VERSION.desc())
                .limit(1)
                .fetchOne();
        return Optional.ofNullable(r).map(x -> new PublishedCatalog(x.get(CatalogVersions.VERSION),
                x.get(CatalogVersions.ETAG), x.get(CatalogVersions.BODY)));
    }

    /** Parses catalog JSON; a field Jackson cannot bind is reported with its path. */
    public Catalog parse(String json) {
        ObjectMapper mapper = codec.mapper();
        if (json == null || json.isBlank()) {
            throw ProblemException.badRequest("malformed-catalog", "the catalog body is empty", "$");
        }
        try {
            Catalog catalog = mapper.readValue(json, Catalog.class);
            if (catalog == null) {
                throw ProblemException.badRequest("malformed-catalog", "the catalog must be a JSON object", "$");
            }
            return catalog;
        } catch (JsonMappingException e) {
            String path = path(e.getPath());
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            String why = cause instanceof IllegalArgumentException || cause instanceof NullPointerException
                    ? cause.getMessage() : e.getOriginalMessage();
            throw new ProblemException(422, "invalid-catalog", "Invalid catalog", path + ": " + why,
                    Map.of("field", path, "violations", List.of(new CatalogViolation(path, String.valueOf(why)))));
        } catch (JacksonException e) {
            throw ProblemException.badRequest("malformed-catalog", "the catalog is not valid JSON: "
                    + e.getOriginalMessage(), "$");
        }
    }

    /** Validates and publishes {@code catalog} as the next version; its own version field is ignored. */
    public PublishReply publish(Catalog catalog, String actorId) {
        List<CatalogViolation> violations = catalog.validate();
        if (!violations.isEmpty()) {
            CatalogViolation first = violations.getFirst();
            throw new ProblemException(422, "invalid-catalog", "Invalid catalog",
                    violations.size() + " problem(s), first: " + first.path() + " " + first.message(),
                    Map.of("field", first.path(), "violations", violations));
        }
        PublishReply reply = db.dsl().transactionResult(cfg -> store(cfg.dsl(), catalog, actorId));
        db.syncToDisk();
        signal.advance(reply.serverSeq());
        return reply;
    }

    private PublishReply store(DSLContext tx, Catalog catalog, String actorId) {
        FeedHeadLock head = FeedHeadLock.acquire(tx);
        Long max = tx.select(org.jooq.impl.DSL.max(CatalogVersions.VERSION)).from(CatalogVersions.TABLE).fetchOne(0,
                Long.class);
        long version = (max == null ? 0 : max) + 1;
        Catalog versioned = new Catalog(version, catalog.settings(), catalog.categories(), catalog.items(),
                catalog.modifierGroups(), catalog.taxClasses(), catalog.stations(), catalog.employees(),
                catalog.tables(), catalog.tenders());
        String json;
        try {
            json = codec.mapper().writeValueAsString(versioned);
        } catch (JacksonException e) {
            throw new IllegalStateException("cannot write catalog version " + version, e);
        }
        String etag = "\"" + version + "-" + Secrets.sha256(json).substring(0, 16) + "\"";
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        tx.insertInto(CatalogVersions.TABLE)
                .set(CatalogVersions.VERSION, version)
                .set(CatalogVersions.ETAG, etag)
                .set(CatalogVersions.BODY, json)
                .set(CatalogVersions.PUBLISHED_AT, now)
                .execute();

        Event event = new Event(ids.next(), SERVER_DEVICE, version, hlc.now(), null, actorId, null,
                Event.CURRENT_SCHEMA, new CatalogPublished(version, etag));
        String body = codec.write(event);
        long seq = head.next();
        tx.insertInto(Events.TABLE)
                .set(Events.SERVER_SEQ, seq)
                .set(Events.EVENT_ID, event.eventId())
                .set(Events.DEVICE_ID, event.deviceId())
                .set(Events.DEVICE_SEQ, event.deviceSeq())
                .set(Events.TYPE, event.type())
                .set(Events.AGGREGATE_ID, event.aggregateId())
                .set(Events.HLC_WALL, event.hlc().wallMillis())
                .set(Events.HLC_COUNTER, event.hlc().counter())
                .set(Events.SCHEMA_VERSION, event.schemaVersion())
                .set(Events.UNDERSTOOD, true)
                .set(Events.CONTENT_HASH, Secrets.sha256(body))
                .set(Events.BODY, body)
                .set(Events.RECEIVED_AT, now)
                .execute();
        head.store();
        return new PublishReply(version, etag, seq);
    }

    private static String path(List<JsonMappingException.Reference> refs) {
        StringBuilder sb = new StringBuilder();
        for (var ref : refs) {
            if (ref.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.isEmpty() ? "$" : sb.toString();
    }
}

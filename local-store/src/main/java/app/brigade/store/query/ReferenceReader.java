package app.brigade.store.query;

import static app.brigade.store.db.schema.Tables.CATALOG_STATE;
import static app.brigade.store.db.schema.Tables.EMPLOYEE;
import static app.brigade.store.db.schema.Tables.FLAGGED_EVENT;
import static app.brigade.store.db.schema.Tables.KEPT_EVENT;
import static app.brigade.store.db.schema.Tables.ORDER_NUMBER_COUNTER;
import static app.brigade.store.db.schema.Tables.SYNC_CURSOR;

import app.brigade.model.catalog.Role;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.jooq.DSLContext;

/** Reads employees, the cached catalog, sync cursors, kept and flagged events, and order-number counters. */
public final class ReferenceReader {

    private final DSLContext db;

    public ReferenceReader(DSLContext db) {
        this.db = db;
    }

    public List<EmployeeView> employees() {
        return db.selectFrom(EMPLOYEE).orderBy(EMPLOYEE.NAME, EMPLOYEE.EMPLOYEE_ID)
                .fetch(r -> new EmployeeView(r.getEmployeeId(), r.getName(),
                        r.getRole() == null ? null : Role.valueOf(r.getRole()), r.getActive()));
    }

    public Optional<CatalogSnapshot> catalog() {
        var r = db.selectFrom(CATALOG_STATE).where(CATALOG_STATE.ID.eq(1), CATALOG_STATE.CACHED_JSON.isNotNull())
                .fetchOne();
        return r == null ? Optional.empty()
                : Optional.of(new CatalogSnapshot(r.getCachedVersion(), r.getCachedEtag(), r.getCachedJson()));
    }

    /** The newest catalog version announced by a {@code CatalogPublished} event. */
    public OptionalLong publishedCatalogVersion() {
        Long v = db.select(CATALOG_STATE.PUBLISHED_VERSION).from(CATALOG_STATE).where(CATALOG_STATE.ID.eq(1))
                .fetchOne(CATALOG_STATE.PUBLISHED_VERSION);
        return v == null ? OptionalLong.empty() : OptionalLong.of(v);
    }

    public OptionalLong cursor(String name) {
        Long v = db.select(SYNC_CURSOR.POSITION).from(SYNC_CURSOR).where(SYNC_CURSOR.NAME.eq(name))
                .fetchOne(SYNC_CURSOR.POSITION);
        return v == null ? OptionalLong.empty() : OptionalLong.of(v);
    }

    public List<KeptEvent> kept() {
        return db.selectFrom(KEPT_EVENT).orderBy(KEPT_EVENT.POSITION)
                .fetch(r -> new KeptEvent(r.getEventId(), r.getPosition(), r.getEventType(), r.getSchemaVersion(),
                        r.getWhy()));
    }

    public List<FlaggedEvent> flagged() {
        return db.selectFrom(FLAGGED_EVENT).orderBy(FLAGGED_EVENT.POSITION)
                .fetch(r -> new FlaggedEvent(r.getEventId(), r.getPosition(), r.getEventType(), r.getAggregateId(),
                        r.getReason()));
    }

    /** Highest order number seen for {@code prefix} on {@code date}, 0 if none. */
    public int lastOrderNumber(String prefix, LocalDate date) {
        Integer n = db.select(ORDER_NUMBER_COUNTER.LAST_NUMBER).from(ORDER_NUMBER_COUNTER)
                .where(ORDER_NUMBER_COUNTER.PREFIX.eq(prefix), ORDER_NUMBER_COUNTER.BUSINESS_DATE.eq(date))
                .fetchOne(ORDER_NUMBER_COUNTER.LAST_NUMBER);
        return n == null ? 0 : n;
    }
}

package app.brigade.store.projection;

import static app.brigade.store.db.schema.Tables.BUSINESS_DAY;
import static app.brigade.store.db.schema.Tables.CATALOG_STATE;
import static app.brigade.store.db.schema.Tables.EMPLOYEE;

import app.brigade.model.event.CatalogPublished;
import app.brigade.model.event.DayClosed;
import app.brigade.model.event.EmployeeChanged;
import org.jooq.impl.DSL;

/** Projects store-wide facts: the newest catalog version announced, employees, closed business days. */
final class ReferenceProjection {

    void catalogPublished(ApplyContext c, CatalogPublished e) {
        c.db().mergeInto(CATALOG_STATE)
                .using(c.db().selectOne())
                .on(CATALOG_STATE.ID.eq(1))
                .whenMatchedThenUpdate()
                .set(CATALOG_STATE.PUBLISHED_VERSION, DSL.when(
                        CATALOG_STATE.PUBLISHED_VERSION.isNull().or(CATALOG_STATE.PUBLISHED_VERSION.lt(e.version())),
                        DSL.val(e.version())).otherwise(CATALOG_STATE.PUBLISHED_VERSION))
                .set(CATALOG_STATE.PUBLISHED_ETAG, DSL.when(
                        CATALOG_STATE.PUBLISHED_VERSION.isNull().or(CATALOG_STATE.PUBLISHED_VERSION.lt(e.version())),
                        DSL.val(e.etag())).otherwise(CATALOG_STATE.PUBLISHED_ETAG))
                .whenNotMatchedThenInsert(CATALOG_STATE.ID, CATALOG_STATE.PUBLISHED_VERSION,
                        CATALOG_STATE.PUBLISHED_ETAG)
                .values(1, e.version(), e.etag())
                .execute();
    }

    void employeeChanged(ApplyContext c, EmployeeChanged e) {
        c.db().mergeInto(EMPLOYEE)
                .using(c.db().selectOne())
                .on(EMPLOYEE.EMPLOYEE_ID.eq(e.employeeId()))
                .whenMatchedThenUpdate()
                .set(EMPLOYEE.NAME, ApplyContext.truncate(e.name(), 200))
                .set(EMPLOYEE.ROLE, e.role() == null ? null : e.role().name())
                .set(EMPLOYEE.ACTIVE, e.active())
                .whenNotMatchedThenInsert(EMPLOYEE.EMPLOYEE_ID, EMPLOYEE.NAME, EMPLOYEE.ROLE, EMPLOYEE.ACTIVE)
                .values(e.employeeId(), ApplyContext.truncate(e.name(), 200), e.role() == null ? null : e.role().name(),
                        e.active())
                .execute();
    }

    void dayClosed(ApplyContext c, DayClosed e) {
        int n = c.db().insertInto(BUSINESS_DAY)
                .set(BUSINESS_DAY.DAY_ID, e.dayId())
                .set(BUSINESS_DAY.BUSINESS_DATE, ApplyContext.truncate(e.businessDate(), 10))
                .set(BUSINESS_DAY.Z_NUMBER, e.zNumber())
                .set(BUSINESS_DAY.CLOSED_HLC_WALL, c.hlcWall())
                .onConflictDoNothing()
                .execute();
        if (n == 0) {
            c.flag("business day " + e.dayId() + " was closed twice; the first close is kept");
        }
    }
}

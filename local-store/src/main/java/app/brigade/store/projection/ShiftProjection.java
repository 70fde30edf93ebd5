package app.brigade.store.projection;

import static app.brigade.store.db.schema.Tables.CASH_MOVEMENT;
import static app.brigade.store.db.schema.Tables.SHIFT;

import app.brigade.model.event.CashMovement;
import app.brigade.model.event.ShiftClosed;
import app.brigade.model.event.ShiftEvent;
import app.brigade.model.event.ShiftOpened;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Projects shifts (opening float, blind count) and cash movements in and out of the drawer. */
final class ShiftProjection {

    static final String OPEN = "OPEN";
    static final String CLOSED = "CLOSED";
    static final String UNOPENED = "UNOPENED";

    void apply(ApplyContext c, ShiftEvent event) {
        switch (event) {
            case ShiftOpened e -> opened(c, e);
            case CashMovement e -> {
                ensureShift(c, e.shiftId());
                int n = c.db().insertInto(CASH_MOVEMENT)
                        .set(CASH_MOVEMENT.MOVEMENT_ID, e.movementId())
                        .set(CASH_MOVEMENT.SHIFT_ID, e.shiftId())
                        .set(CASH_MOVEMENT.KIND, e.kind().name())
                        .set(CASH_MOVEMENT.AMOUNT, e.amount())
                        .set(CASH_MOVEMENT.REASON, ApplyContext.truncate(e.reason(), 500))
                        .set(CASH_MOVEMENT.ACTOR_ID, c.event().actorId())
                        .set(CASH_MOVEMENT.APPROVER_ID, c.event().approverId())
                        .set(CASH_MOVEMENT.HLC_WALL, c.hlcWall())
                        .set(CASH_MOVEMENT.POSITION, c.position())
                        .onConflictDoNothing()
                        .execute();
                if (n == 0) {
                    c.flag("cash movement " + e.movementId() + " was already recorded; the first one is kept");
                }
            }
            case ShiftClosed e -> {
                ensureShift(c, e.shiftId());
                c.db().update(SHIFT)
                        .set(SHIFT.STATUS, CLOSED)
                        .set(SHIFT.COUNTED_CASH, e.countedCash())
                        .set(SHIFT.DENOMINATIONS, denominations(e.denominations()))
                        .set(SHIFT.CLOSED_HLC_WALL, c.hlcWall())
                        .where(SHIFT.SHIFT_ID.eq(e.shiftId()))
                        .execute();
            }
        }
    }

    private void opened(ApplyContext c, ShiftOpened e) {
        var row = c.db().select(SHIFT.STATUS, SHIFT.OPENED_HLC_WALL).from(SHIFT)
                .where(SHIFT.SHIFT_ID.eq(e.shiftId())).fetchOne();
        if (row != null && row.value2() != null) {
            c.flag("shift " + e.shiftId() + " was opened twice; the first opening is kept");
            return;
        }
        if (row == null) {
            c.db().insertInto(SHIFT)
                    .set(SHIFT.SHIFT_ID, e.shiftId())
                    .set(SHIFT.OPENING_FLOAT, 0L)
                    .set(SHIFT.STATUS, OPEN)
                    .execute();
        }
        c.db().update(SHIFT)
                .set(SHIFT.EMPLOYEE_ID, e.employeeId())
                .set(SHIFT.CURRENCY, e.currency())
                .set(SHIFT.OPENING_FLOAT, e.openingFloat())
                .set(SHIFT.STATUS, row == null || UNOPENED.equals(row.value1()) ? OPEN : row.value1())
                .set(SHIFT.OPENED_HLC_WALL, c.hlcWall())
                .where(SHIFT.SHIFT_ID.eq(e.shiftId()))
                .execute();
    }

    private void ensureShift(ApplyContext c, String shiftId) {
        if (c.db().fetchExists(SHIFT, SHIFT.SHIFT_ID.eq(shiftId))) {
            return;
        }
        c.db().insertInto(SHIFT)
                .set(SHIFT.SHIFT_ID, shiftId)
                .set(SHIFT.OPENING_FLOAT, 0L)
                .set(SHIFT.STATUS, UNOPENED)
                .execute();
        c.flag("shift " + shiftId + " is unknown here (no ShiftOpened seen yet); " + c.event().type()
                + " was kept on a placeholder shift");
    }

    private static String denominations(Map<Long, Integer> counts) {
        return ApplyContext.truncate(new TreeMap<>(counts).entrySet().stream()
                .map(en -> en.getKey() + "x" + en.getValue())
                .collect(Collectors.joining(",")), 2000);
    }
}

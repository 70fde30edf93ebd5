package app.brigade.store.query;

import static app.brigade.store.db.schema.Tables.CASH_MOVEMENT;
import static app.brigade.store.db.schema.Tables.PAYMENT;
import static app.brigade.store.db.schema.Tables.REFUND;
import static app.brigade.store.db.schema.Tables.SHIFT;

import app.brigade.model.catalog.TenderType;
import app.brigade.model.event.CashMovementKind;
import app.brigade.model.shift.Shift;
import app.brigade.store.db.schema.tables.records.ShiftRecord;
import java.util.Currency;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;

/** Reads shifts and their drawer figures from the projections. */
public final class ShiftReader {

    private final DSLContext db;

    public ShiftReader(DSLContext db) {
        this.db = db;
    }

    public List<String> openShiftIds() {
        return db.select(SHIFT.SHIFT_ID).from(SHIFT).where(SHIFT.STATUS.eq("OPEN"))
                .orderBy(SHIFT.OPENED_HLC_WALL).fetch(SHIFT.SHIFT_ID);
    }

    public Optional<ShiftSummary> summary(String shiftId) {
        ShiftRecord s = db.selectFrom(SHIFT).where(SHIFT.SHIFT_ID.eq(shiftId)).fetchOne();
        if (s == null || s.getCurrency() == null) {
            return Optional.empty();
        }
        Map<String, Long> cashPayments = new LinkedHashMap<>();
        Map<TenderType, Long> byTender = new EnumMap<>(TenderType.class);
        long tips = 0;
        int count = 0;
        for (var p : db.selectFrom(PAYMENT).where(PAYMENT.SHIFT_ID.eq(shiftId), PAYMENT.VOIDED.isFalse())
                .orderBy(PAYMENT.POSITION).fetch()) {
            TenderType type = TenderType.valueOf(p.getTenderType());
            byTender.merge(type, p.getAmount(), Long::sum);
            tips += p.getTip();
            count++;
            if (type == TenderType.CASH) {
                cashPayments.put(p.getPaymentId(), p.getAmount() + p.getTip());
            }
        }
        long cashRefunds = db.select(org.jooq.impl.DSL.coalesce(org.jooq.impl.DSL.sum(REFUND.AMOUNT),
                        java.math.BigDecimal.ZERO)).from(REFUND)
                .where(REFUND.SHIFT_ID.eq(shiftId), REFUND.TENDER_TYPE.eq(TenderType.CASH.name()))
                .fetchOne(0, Long.class);
        List<CashMovementView> movements = db.selectFrom(CASH_MOVEMENT).where(CASH_MOVEMENT.SHIFT_ID.eq(shiftId))
                .orderBy(CASH_MOVEMENT.POSITION)
                .fetch(m -> new CashMovementView(m.getMovementId(), CashMovementKind.valueOf(m.getKind()),
                        m.getAmount(), m.getReason(), m.getActorId(), m.getApproverId(), m.getHlcWall()));
        long payIns = sum(movements, CashMovementKind.PAY_IN);
        long payOuts = sum(movements, CashMovementKind.PAY_OUT);
        long drops = sum(movements, CashMovementKind.DROP);
        int noSales = (int) movements.stream().filter(m -> m.kind() == CashMovementKind.NO_SALE).count();
        Shift shift = new Shift(s.getShiftId(), s.getEmployeeId(), Currency.getInstance(s.getCurrency()),
                s.getOpeningFloat(), cashPayments, cashRefunds, payIns, payOuts, drops, noSales,
                "CLOSED".equals(s.getStatus()), s.getCountedCash());
        return Optional.of(new ShiftSummary(shift, byTender, tips, count, movements));
    }

    private static long sum(List<CashMovementView> movements, CashMovementKind kind) {
        return movements.stream().filter(m -> m.kind() == kind).mapToLong(CashMovementView::amount).sum();
    }
}

package app.brigade.model.shift;

import app.brigade.model.catalog.TenderType;
import app.brigade.model.event.CashMovement;
import app.brigade.model.event.CashMovementKind;
import app.brigade.model.event.OrderRefunded;
import app.brigade.model.event.PaymentAdded;
import app.brigade.model.event.PaymentVoided;
import app.brigade.model.event.ShiftClosed;
import app.brigade.model.event.ShiftOpened;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * A cashier's shift and its drawer: opening float, cash taken and given back, pay-ins, pay-outs,
 * drops and no-sales, and at the end the blind count with its over/short.
 */
public record Shift(
        String shiftId,
        String employeeId,
        Currency currency,
        long openingFloat,
        Map<String, Long> cashPayments,
        long cashRefunds,
        long payIns,
        long payOuts,
        long drops,
        int noSales,
        boolean closed,
        Long countedCash) {

    public Shift {
        cashPayments = Map.copyOf(cashPayments);
    }

    public static Shift open(ShiftOpened e) {
        return new Shift(e.shiftId(), e.employeeId(), Currency.getInstance(e.currency()), e.openingFloat(), Map.of(),
                0, 0, 0, 0, 0, false, null);
    }

    /** Cash from sales (amount + cash tip, i.e. tendered minus change) that went into this drawer. */
    public long cashSales() {
        return cashPayments.values().stream().mapToLong(Long::longValue).sum();
    }

    /** What the drawer should hold now. */
    public long expectedCash() {
        return openingFloat + cashSales() - cashRefunds + payIns - payOuts - drops;
    }

    /** Counted minus expected once the shift is closed: positive is over, negative short. */
    public OptionalLong overShort() {
        return countedCash == null ? OptionalLong.empty() : OptionalLong.of(countedCash - expectedCash());
    }

    public Shift apply(PaymentAdded e) {
        if (e.tenderType() != TenderType.CASH || !shiftId.equals(e.shiftId())) {
            return this;
        }
        Map<String, Long> next = new LinkedHashMap<>(cashPayments);
        next.putIfAbsent(e.paymentId(), e.amount() + e.tip());
        return with(next, cashRefunds, payIns, payOuts, drops, noSales, closed, countedCash);
    }

    public Shift apply(PaymentVoided e) {
        if (!cashPayments.containsKey(e.paymentId())) {
            return this;
        }
        Map<String, Long> next = new LinkedHashMap<>(cashPayments);
        next.remove(e.paymentId());
        return with(next, cashRefunds, payIns, payOuts, drops, noSales, closed, countedCash);
    }

    public Shift apply(OrderRefunded e) {
        if (e.tenderType() != TenderType.CASH || !shiftId.equals(e.shiftId())) {
            return this;
        }
        return with(cashPayments, cashRefunds + e.amount(), payIns, payOuts, drops, noSales, closed, countedCash);
    }

    public Shift apply(CashMovement e) {
        return switch (e.kind()) {
            case PAY_IN -> with(cashPayments, cashRefunds, payIns + e.amount(), payOuts, drops, noSales, closed,
                    countedCash);
            case PAY_OUT -> with(cashPayments, cashRefunds, payIns, payOuts + e.amount(), drops, noSales, closed,
                    countedCash);
            case DROP -> with(cashPayments, cashRefunds, payIns, payOuts, drops + e.amount(), noSales, closed,
                    countedCash);
            case NO_SALE -> with(cashPayments, cashRefunds, payIns, payOuts, drops, noSales + 1, closed, countedCash);
        };
    }

    public Shift apply(ShiftClosed e) {
        return with(cashPayments, cashRefunds, payIns, payOuts, drops, noSales, true, e.countedCash());
    }

    static boolean needsApproval(CashMovementKind kind) {
        return kind != CashMovementKind.DROP;
    }

    private Shift with(Map<String, Long> payments, long refunds, long in, long out, long dropped, int noSale,
            boolean isClosed, Long counted) {
        return new Shift(shiftId, employeeId, currency, openingFloat, payments, refunds, in, out, dropped, noSale,
                isClosed, counted);
    }
}

package app.brigade.store.query;

import app.brigade.model.catalog.TenderType;
import app.brigade.model.shift.Shift;
import java.util.List;
import java.util.Map;

/**
 * A shift's drawer and takings: the domain {@link Shift} (float, cash sales, pay-ins/outs, drops,
 * expected cash, count and over/short) plus sales and tips by tender and the cash movements.
 */
public record ShiftSummary(
        Shift shift,
        Map<TenderType, Long> salesByTender,
        long tips,
        int payments,
        List<CashMovementView> movements) {

    public ShiftSummary {
        salesByTender = Map.copyOf(salesByTender);
        movements = List.copyOf(movements);
    }
}

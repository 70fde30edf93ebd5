package app.brigade.reports.model;

import app.brigade.model.money.Rounding;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Every figure of an X, Z or range report. Gross is what was sold before discounts; net is gross
 * minus discounts minus refunds, at the prices guests paid (inclusive taxes stay inside);
 * exclusive tax was charged on top. Over/short is counted minus expected cash over closed shifts.
 */
public record ReportData(
        String storeName,
        String terminal,
        ReportPeriod period,
        Currency currency,
        Instant generatedAt,
        long zNumber,
        long orders,
        long guests,
        long gross,
        long discounts,
        long refunds,
        long net,
        long exclusiveTax,
        long inclusiveTax,
        long tips,
        long voidsBeforeFireCount,
        long voidsBeforeFireAmount,
        long voidsAfterFireCount,
        long voidsAfterFireAmount,
        long voidedOrders,
        long cashExpected,
        long cashCounted,
        long overShort,
        List<Rows.Tax> taxes,
        List<Rows.Tender> tenders,
        List<Rows.Sales> items,
        List<Rows.Sales> categories,
        List<Rows.Sales> hours,
        List<Rows.Sales> employees,
        List<Rows.Sales> orderTypes,
        List<Rows.Discount> discountRows,
        List<Rows.Void> voidRows,
        List<Rows.Refund> refundRows,
        List<Rows.Payment> payments,
        List<Rows.ShiftCash> shifts,
        List<Rows.Drawer> drawer,
        List<Rows.Line> lines) {

    /** Average check: net sales per closed order, 0 when there were none. */
    public long averageCheck() {
        return orders == 0 ? 0 : Rounding.ratio(net, 1, orders, RoundingMode.HALF_UP);
    }

    public boolean noSales() {
        return orders == 0 && refunds == 0;
    }

    /**
     * Discounts of the period's sales summed by reason, largest amount first; the amounts add up to
     * {@link #discounts}.
     */
    public List<Rows.DiscountTotal> discountsByReason() {
        return discountTotals(Rows.Discount::reason);
    }

    /** Discounts of the period's sales summed by the manager who approved them, largest amount first. */
    public List<Rows.DiscountTotal> discountsByApprover() {
        return discountTotals(Rows.Discount::approver);
    }

    // Derived from the discount rows (not stored) so the totals cannot disagree with the detail rows.
    private List<Rows.DiscountTotal> discountTotals(Function<Rows.Discount, String> key) {
        Map<String, long[]> sums = new LinkedHashMap<>();
        for (Rows.Discount d : discountRows) {
            long[] acc = sums.computeIfAbsent(key.apply(d), k -> new long[2]);
            acc[0]++;
            acc[1] += d.amount();
        }
        return sums.entrySet().stream().map(e -> new Rows.DiscountTotal(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .sorted(Comparator.comparingLong(Rows.DiscountTotal::amount).reversed()
                        .thenComparing(Rows.DiscountTotal::name))
                .toList();
    }
}

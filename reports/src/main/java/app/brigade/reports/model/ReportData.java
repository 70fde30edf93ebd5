package app.brigade.reports.model;

import app.brigade.model.money.Rounding;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Currency;
import java.util.List;

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
}

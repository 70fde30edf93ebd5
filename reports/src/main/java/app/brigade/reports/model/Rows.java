package app.brigade.reports.model;

import java.time.Instant;

/** The rows of each report sheet. All money is minor units of the report's currency. */
public final class Rows {

    private Rows() {
    }

    /** Sales of one item (or category, employee, order type, hour: {@code key} names it). */
    public record Sales(String key, String name, long quantity, long orders, long gross, long discounts, long net) {
    }

    public record Tax(int rateBp, boolean inclusive, long base, long tax) {
    }

    public record Tender(String tender, long count, long amount, long tips, long refunded) {
    }

    public record Discount(Instant at, String orderNumber, String scope, String reason, String approver, long amount) {
    }

    /** Discounts given for one reason, or approved by one manager: how many and how much. */
    public record DiscountTotal(String name, long count, long amount) {
    }

    public record Void(Instant at, String orderNumber, String item, long quantity, long amount, boolean afterFire,
            String reason, String approver) {
    }

    public record Refund(Instant at, String orderNumber, String tender, long amount, String reason, String approver) {
    }

    public record Payment(Instant at, String orderNumber, String tender, long amount, long tip, long tendered,
            long change, String card, String employee) {
    }

    public record Drawer(Instant at, String shiftId, String kind, long amount, String reason, String employee,
            String approver) {
    }

    public record ShiftCash(String shiftId, String employee, Instant openedAt, Instant closedAt, long openingFloat,
            long cashSales, long cashRefunds, long payIns, long payOuts, long drops, long expected, Long counted,
            Long overShort) {
    }

    public record Line(Instant closedAt, String orderNumber, String item, String category, long quantity, long gross,
            long net, String employee) {
    }
}

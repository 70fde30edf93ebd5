package app.brigade.store.projection;

import static app.brigade.store.db.schema.Tables.ORDER_DISCOUNT;
import static app.brigade.store.db.schema.Tables.ORDER_LINE;
import static app.brigade.store.db.schema.Tables.PAYMENT;
import static app.brigade.store.db.schema.Tables.REFUND;
import static app.brigade.store.db.schema.Tables.SALES_ORDER;

import app.brigade.model.event.DiscountApplied;
import app.brigade.model.event.LineAdded;
import app.brigade.model.event.LineModifier;
import app.brigade.model.event.LineQuantityChanged;
import app.brigade.model.event.LineVoided;
import app.brigade.model.event.LinesMovedIn;
import app.brigade.model.event.LinesMovedOut;
import app.brigade.model.event.MovedDiscount;
import app.brigade.model.event.MovedLine;
import app.brigade.model.event.OrderClosed;
import app.brigade.model.event.OrderEvent;
import app.brigade.model.event.OrderFired;
import app.brigade.model.event.OrderOpened;
import app.brigade.model.event.OrderRefunded;
import app.brigade.model.event.OrderTransferred;
import app.brigade.model.event.OrderVoided;
import app.brigade.model.event.PaymentAdded;
import app.brigade.model.event.PaymentVoided;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Projects order events into {@code sales_order}, its lines, discounts, payments and refunds.
 * Events are merged by id, never overwritten; one for an order this terminal has not seen opened
 * creates a placeholder (status {@code UNOPENED}) and is flagged.
 */
final class OrderProjection {

    static final String UNOPENED = "UNOPENED";
    static final String OPEN = "OPEN";
    static final String CLOSED = "CLOSED";
    static final String VOIDED = "VOIDED";
    private static final Pattern NUMBER = Pattern.compile("(.+)-(\\d{1,9})");

    /**
     * What this transaction already knows, so a batch does not read back what it just wrote: each
     * order's status (every status write goes through this class), and the highest order number per
     * prefix and day, written once per transaction in {@link #flush}. Valid only inside one
     * transaction: {@link #begin} and {@link #discard} (after a rollback) clear it.
     */
    private final Map<String, String> statusInTransaction = new HashMap<>();
    private final Map<CounterKey, Integer> countersInTransaction = new LinkedHashMap<>();

    private record CounterKey(String prefix, LocalDate date) {
    }

    /** Starts a transaction's state afresh. */
    void begin() {
        discard();
    }

    /** Forgets this transaction's state (it was rolled back, or is about to start). */
    void discard() {
        statusInTransaction.clear();
        countersInTransaction.clear();
    }

    /**
     * Raises each order-number counter to the highest number this transaction saw (never lowers it).
     * Prepared once through {@link Statements}, like the inserts: as a jOOQ merge rendered per batch it
     * was a fifth of the applier's time with many tills recording at once (profiled 2026-12-07).
     */
    private static final String RAISE_COUNTER = "MERGE INTO order_number_counter t"
            + " USING (SELECT CAST(? AS VARCHAR(16)) AS prefix, CAST(? AS DATE) AS business_date, CAST(? AS INT) AS n) s"
            + " ON t.prefix = s.prefix AND t.business_date = s.business_date"
            + " WHEN MATCHED THEN UPDATE SET last_number = GREATEST(t.last_number, s.n)"
            + " WHEN NOT MATCHED THEN INSERT (prefix, business_date, last_number) VALUES (s.prefix, s.business_date, s.n)";

    /** Writes what this transaction deferred (the order-number counters); call before commit. */
    void flush(Statements sql) {
        for (Map.Entry<CounterKey, Integer> counter : countersInTransaction.entrySet()) {
            sql.update(RAISE_COUNTER, counter.getKey().prefix(), counter.getKey().date(), counter.getValue());
        }
        countersInTransaction.clear();
    }

    void apply(ApplyContext c, OrderEvent event) {
        if (event instanceof OrderOpened opened) {
            opened(c, opened);
            return;
        }
        String status = ensureOrder(c, event.orderId());
        if ((CLOSED.equals(status) && !(event instanceof OrderRefunded)) || VOIDED.equals(status)) {
            c.flag("order " + event.orderId() + " is already " + status.toLowerCase() + "; " + event.type()
                    + " was kept for a manager to review");
        }
        switch (event) {
            case OrderOpened e -> throw new IllegalStateException("handled above");
            case LineAdded e -> lineAdded(c, e);
            case LineQuantityChanged e -> changed(c, e.orderId(), e.lineId(), c.db().update(ORDER_LINE)
                    .set(ORDER_LINE.QUANTITY, e.quantity())
                    .where(ORDER_LINE.ORDER_ID.eq(e.orderId()), ORDER_LINE.LINE_ID.eq(e.lineId())).execute());
            case LineVoided e -> changed(c, e.orderId(), e.lineId(), c.db().update(ORDER_LINE)
                    .set(ORDER_LINE.VOIDED, true)
                    .set(ORDER_LINE.VOID_REASON, ApplyContext.truncate(e.reason(), 500))
                    .set(ORDER_LINE.VOID_APPROVER_ID, c.event().approverId())
                    .where(ORDER_LINE.ORDER_ID.eq(e.orderId()), ORDER_LINE.LINE_ID.eq(e.lineId())).execute());
            case OrderFired e -> fired(c, e);
            case DiscountApplied e -> discount(c, e);
            case PaymentAdded e -> payment(c, e);
            case PaymentVoided e -> {
                int n = c.db().update(PAYMENT).set(PAYMENT.VOIDED, true)
                        .set(PAYMENT.VOID_REASON, ApplyContext.truncate(e.reason(), 500))
                        .where(PAYMENT.PAYMENT_ID.eq(e.paymentId()), PAYMENT.ORDER_ID.eq(e.orderId())).execute();
                if (n == 0) {
                    c.flag("payment " + e.paymentId() + " is not on order " + e.orderId());
                }
            }
            case OrderClosed e -> {
                c.sql().update("UPDATE sales_order SET status = ?, closed_hlc_wall = ? WHERE order_id = ?"
                        + " AND status IN (?, ?)", CLOSED, c.hlcWall(), e.orderId(), OPEN, UNOPENED);
                endedAs(e.orderId(), status, CLOSED);
            }
            case OrderRefunded e -> refund(c, e);
            case OrderVoided e -> {
                c.db().update(SALES_ORDER)
                        .set(SALES_ORDER.STATUS, VOIDED)
                        .set(SALES_ORDER.VOID_REASON, ApplyContext.truncate(e.reason(), 500))
                        .set(SALES_ORDER.CLOSED_HLC_WALL, c.hlcWall())
                        .where(SALES_ORDER.ORDER_ID.eq(e.orderId()), SALES_ORDER.STATUS.in(OPEN, UNOPENED)).execute();
                endedAs(e.orderId(), status, VOIDED);
            }
            case OrderTransferred e -> c.db().update(SALES_ORDER)
                    .set(SALES_ORDER.TABLE_ID, DSL.coalesce(DSL.val(e.tableId(), SALES_ORDER.TABLE_ID),
                            SALES_ORDER.TABLE_ID))
                    .set(SALES_ORDER.EMPLOYEE_ID, DSL.coalesce(DSL.val(e.employeeId(), SALES_ORDER.EMPLOYEE_ID),
                            SALES_ORDER.EMPLOYEE_ID))
                    .where(SALES_ORDER.ORDER_ID.eq(e.orderId())).execute();
            case LinesMovedOut e -> movedOut(c, e);
            case LinesMovedIn e -> movedIn(c, e);
        }
    }

    /** Inserts the opened order's row; false (and nothing changed) when a row with its id exists. */
    private static boolean insertOpened(ApplyContext c, OrderOpened e, LocalDate date) {
        return c.sql().insertIfAbsent("INSERT INTO sales_order (order_id, order_number, order_type, table_id, guests,"
                + " employee_id, currency, status, business_date, opened_device, opened_hlc_wall, fire_count,"
                + " first_position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                e.orderId(), ApplyContext.truncate(e.orderNumber(), 32), e.orderType().name(), e.tableId(),
                e.guests(), e.employeeId(), e.currency(), OPEN, date, c.event().deviceId(), c.hlcWall(), 0,
                c.position()) == 1;
    }

    private void opened(ApplyContext c, OrderOpened e) {
        LocalDate date = c.businessDay().dateOf(c.hlcWall());
        // Almost every opening is of a new order: insert it, and only when the key exists read the row
        // (one index lookup less per order than reading first; a failed insert changes nothing).
        if (!statusInTransaction.containsKey(e.orderId()) && insertOpened(c, e, date)) {
            statusInTransaction.put(e.orderId(), OPEN);
            countNumber(e.orderNumber(), date);
            return;
        }
        String[] row = c.sql().strings("SELECT status, order_number FROM sales_order WHERE order_id = ?", 2,
                e.orderId());
        if (row[1] != null) {
            statusInTransaction.put(e.orderId(), row[0]);
            c.flag("order " + e.orderId() + " was opened twice (as " + row[1] + " and " + e.orderNumber()
                    + "); the first opening is kept");
            return;
        }
        String status = UNOPENED.equals(row[0]) ? OPEN : row[0];
        c.db().update(SALES_ORDER)
                .set(SALES_ORDER.ORDER_NUMBER, ApplyContext.truncate(e.orderNumber(), 32))
                .set(SALES_ORDER.ORDER_TYPE, e.orderType().name())
                .set(SALES_ORDER.TABLE_ID, e.tableId())
                .set(SALES_ORDER.GUESTS, e.guests())
                .set(SALES_ORDER.EMPLOYEE_ID, e.employeeId())
                .set(SALES_ORDER.CURRENCY, e.currency())
                .set(SALES_ORDER.STATUS, status)
                .set(SALES_ORDER.BUSINESS_DATE, date)
                .set(SALES_ORDER.OPENED_DEVICE, c.event().deviceId())
                .set(SALES_ORDER.OPENED_HLC_WALL, c.hlcWall())
                .where(SALES_ORDER.ORDER_ID.eq(e.orderId()))
                .execute();
        statusInTransaction.put(e.orderId(), status);
        countNumber(e.orderNumber(), date);
    }

    /** OrderClosed and OrderVoided change only an open (or placeholder) order's status. */
    private void endedAs(String orderId, String before, String after) {
        if (OPEN.equals(before) || UNOPENED.equals(before)) {
            statusInTransaction.put(orderId, after);
        }
    }

    /** Remembers the highest daily number per prefix so numbering continues after a restart or rebuild. */
    private void countNumber(String orderNumber, LocalDate date) {
        Matcher m = NUMBER.matcher(orderNumber);
        if (!m.matches() || m.group(1).length() > 16) {
            return;
        }
        countersInTransaction.merge(new CounterKey(m.group(1), date), Integer.parseInt(m.group(2)), Math::max);
    }

    /** The order's status, creating a flagged placeholder when this terminal never saw it opened. */
    private String ensureOrder(ApplyContext c, String orderId) {
        String known = statusInTransaction.get(orderId);
        if (known != null) {
            return known;
        }
        String status = c.sql().string("SELECT status FROM sales_order WHERE order_id = ?", orderId);
        if (status != null) {
            statusInTransaction.put(orderId, status);
            return status;
        }
        c.db().insertInto(SALES_ORDER)
                .set(SALES_ORDER.ORDER_ID, orderId)
                .set(SALES_ORDER.STATUS, UNOPENED)
                .set(SALES_ORDER.GUESTS, 0)
                .set(SALES_ORDER.FIRE_COUNT, 0)
                .set(SALES_ORDER.FIRST_POSITION, c.position())
                .execute();
        statusInTransaction.put(orderId, UNOPENED);
        c.flag("order " + orderId + " is unknown here (no OrderOpened seen yet); " + c.event().type()
                + " was kept on a placeholder order");
        return UNOPENED;
    }

    private void lineAdded(ApplyContext c, LineAdded e) {
        long modifiers = e.unitPriceWithModifiers() - e.unitPrice();
        int n = c.sql().insertIfAbsent("INSERT INTO order_line (order_id, line_id, position, item_id, name, category_id,"
                + " unit_price, modifiers_price, quantity, tax_class_id, tax_rate_bp, tax_inclusive, modifiers, seat,"
                + " course, note, fired, voided) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                e.orderId(), e.lineId(), c.position(), e.itemId(), ApplyContext.truncate(e.name(), 200),
                e.categoryId(), e.unitPrice(), modifiers, e.quantity(), e.taxClassId(), e.taxRateBp(),
                e.taxInclusive(), ApplyContext.truncate(
                        e.modifiers().stream().map(LineModifier::name).collect(Collectors.joining(", ")), 4000),
                e.seat(), e.course(), ApplyContext.truncate(e.note(), 1000), false, false);
        if (n == 0) {
            c.flag("line " + e.lineId() + " is already on order " + e.orderId() + "; the first one is kept");
        }
    }

    /** The rows stay for the record, marked with the check they went to; order views fold events and skip them. */
    private void movedOut(ApplyContext c, LinesMovedOut e) {
        if (e.lineIds().isEmpty()) {
            return;
        }
        int n = c.db().update(ORDER_LINE).set(ORDER_LINE.MOVED_TO, e.toOrderId())
                .where(ORDER_LINE.ORDER_ID.eq(e.orderId()), ORDER_LINE.LINE_ID.in(e.lineIds())).execute();
        if (n != e.lineIds().size()) {
            c.flag((e.lineIds().size() - n) + " of the lines moved to order " + e.toOrderId() + " are not on order "
                    + e.orderId());
        }
    }

    /** A row per line on the receiving check, in the state it had (a line moved back reuses its old row). */
    private void movedIn(ApplyContext c, LinesMovedIn e) {
        for (MovedLine m : e.lines()) {
            LineAdded a = m.added();
            boolean exists = c.db().fetchExists(ORDER_LINE, ORDER_LINE.ORDER_ID.eq(e.orderId()),
                    ORDER_LINE.LINE_ID.eq(m.lineId()));
            if (!exists) {
                lineAdded(c, a.withOrderId(e.orderId()));
            } else if (!c.db().fetchExists(ORDER_LINE, ORDER_LINE.ORDER_ID.eq(e.orderId()),
                    ORDER_LINE.LINE_ID.eq(m.lineId()), ORDER_LINE.MOVED_TO.isNotNull())) {
                c.flag("line " + m.lineId() + " is already on order " + e.orderId() + "; the first one is kept");
                continue;
            }
            c.db().update(ORDER_LINE)
                    .set(ORDER_LINE.QUANTITY, m.quantity())
                    .set(ORDER_LINE.FIRED, m.fired())
                    .set(ORDER_LINE.VOIDED, false)
                    .set(ORDER_LINE.VOID_REASON, (String) null)
                    .set(ORDER_LINE.VOID_APPROVER_ID, (String) null)
                    .set(ORDER_LINE.MOVED_TO, (String) null)
                    .set(ORDER_LINE.MOVED_FROM, e.fromOrderId())
                    .set(ORDER_LINE.TICKET_IDS, ApplyContext.truncate(String.join(",", m.ticketIds()), 4000))
                    .where(ORDER_LINE.ORDER_ID.eq(e.orderId()), ORDER_LINE.LINE_ID.eq(m.lineId()))
                    .execute();
            for (MovedDiscount d : m.discounts()) {
                movedDiscount(c, e.orderId(), d);
            }
        }
    }

    /** A line discount follows its line: same id, now on the receiving check, approver kept. */
    private void movedDiscount(ApplyContext c, String orderId, MovedDiscount moved) {
        DiscountApplied d = moved.discount();
        int n = c.db().update(ORDER_DISCOUNT).set(ORDER_DISCOUNT.ORDER_ID, orderId)
                .where(ORDER_DISCOUNT.DISCOUNT_ID.eq(d.discountId())).execute();
        if (n == 0) {
            c.db().insertInto(ORDER_DISCOUNT)
                    .set(ORDER_DISCOUNT.DISCOUNT_ID, d.discountId())
                    .set(ORDER_DISCOUNT.ORDER_ID, orderId)
                    .set(ORDER_DISCOUNT.LINE_ID, d.lineId())
                    .set(ORDER_DISCOUNT.KIND, d.kind().name())
                    .set(ORDER_DISCOUNT.PERCENT_BP, d.percentBp())
                    .set(ORDER_DISCOUNT.AMOUNT, d.amount())
                    .set(ORDER_DISCOUNT.REASON, ApplyContext.truncate(d.reason(), 500))
                    .set(ORDER_DISCOUNT.APPROVER_ID, moved.approverId())
                    .set(ORDER_DISCOUNT.POSITION, c.position())
                    .execute();
        }
    }

    private static void changed(ApplyContext c, String orderId, String lineId, int rows) {
        if (rows == 0) {
            c.flag("line " + lineId + " is not on order " + orderId);
        }
    }

    private void fired(ApplyContext c, OrderFired e) {
        // One prepared update per line instead of an IN list rendered by jOOQ for every send: same rows.
        for (String lineId : e.lineIds()) {
            c.sql().update("UPDATE order_line SET fired = TRUE WHERE order_id = ? AND line_id = ?", e.orderId(),
                    lineId);
        }
        c.sql().update("UPDATE sales_order SET fire_count = fire_count + 1 WHERE order_id = ?", e.orderId());
    }

    private void discount(ApplyContext c, DiscountApplied e) {
        int n = c.db().insertInto(ORDER_DISCOUNT)
                .set(ORDER_DISCOUNT.DISCOUNT_ID, e.discountId())
                .set(ORDER_DISCOUNT.ORDER_ID, e.orderId())
                .set(ORDER_DISCOUNT.LINE_ID, e.lineId())
                .set(ORDER_DISCOUNT.KIND, e.kind().name())
                .set(ORDER_DISCOUNT.PERCENT_BP, e.percentBp())
                .set(ORDER_DISCOUNT.AMOUNT, e.amount())
                .set(ORDER_DISCOUNT.REASON, ApplyContext.truncate(e.reason(), 500))
                .set(ORDER_DISCOUNT.ACTOR_ID, c.event().actorId())
                .set(ORDER_DISCOUNT.APPROVER_ID, c.event().approverId())
                .set(ORDER_DISCOUNT.POSITION, c.position())
                .onConflictDoNothing()
                .execute();
        if (n == 0) {
            c.flag("discount " + e.discountId() + " was already applied; the first one is kept");
        }
    }

    private void payment(ApplyContext c, PaymentAdded e) {
        int n = c.sql().insertIfAbsent("INSERT INTO payment (payment_id, order_id, shift_id, tender_id, tender_type,"
                + " amount, tip, tendered, change_given, card_brand, card_last4, card_auth, voided, actor_id, hlc_wall,"
                + " position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                e.paymentId(), e.orderId(), e.shiftId(), e.tenderId(), e.tenderType().name(), e.amount(), e.tip(),
                e.tendered(), e.change(), e.card() == null ? null : ApplyContext.truncate(e.card().brand(), 32),
                e.card() == null ? null : e.card().last4(), e.card() == null ? null : e.card().authCode(), false,
                c.event().actorId(), c.hlcWall(), c.position());
        if (n == 0) {
            c.flag("payment " + e.paymentId() + " was already recorded; the first one is kept");
        }
    }

    private void refund(ApplyContext c, OrderRefunded e) {
        int n = c.db().insertInto(REFUND)
                .set(REFUND.REFUND_ID, e.refundId())
                .set(REFUND.ORDER_ID, e.orderId())
                .set(REFUND.SHIFT_ID, e.shiftId())
                .set(REFUND.TENDER_TYPE, e.tenderType().name())
                .set(REFUND.AMOUNT, e.amount())
                .set(REFUND.LINE_IDS, ApplyContext.truncate(String.join(",", e.lineIds()), 4000))
                .set(REFUND.REASON, ApplyContext.truncate(e.reason(), 500))
                .set(REFUND.APPROVER_ID, c.event().approverId())
                .set(REFUND.HLC_WALL, c.hlcWall())
                .set(REFUND.POSITION, c.position())
                .onConflictDoNothing()
                .execute();
        if (n == 0) {
            c.flag("refund " + e.refundId() + " was already recorded; the first one is kept");
        }
    }
}

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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
    private static final String INSERT_ORDER = "INSERT INTO SALES_ORDER (ORDER_ID, STATUS, GUESTS, FIRE_COUNT,"
            + " FIRST_POSITION) VALUES (?, ?, 0, 0, ?)";
    private static final Pattern NUMBER = Pattern.compile("(.+)-(\\d{1,9})");

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
            case OrderClosed e -> c.exec("UPDATE SALES_ORDER SET STATUS = ?, CLOSED_HLC_WALL = ?"
                    + " WHERE ORDER_ID = ? AND STATUS IN (?, ?)", CLOSED, c.hlcWall(), e.orderId(), OPEN, UNOPENED);
            case OrderRefunded e -> refund(c, e);
            case OrderVoided e -> c.db().update(SALES_ORDER)
                    .set(SALES_ORDER.STATUS, VOIDED)
                    .set(SALES_ORDER.VOID_REASON, ApplyContext.truncate(e.reason(), 500))
                    .set(SALES_ORDER.CLOSED_HLC_WALL, c.hlcWall())
                    .where(SALES_ORDER.ORDER_ID.eq(e.orderId()), SALES_ORDER.STATUS.in(OPEN, UNOPENED)).execute();
            case OrderTransferred e -> c.db().update(SALES_ORDER)
                    .set(SALES_ORDER.TABLE_ID, DSL.coalesce(DSL.val(e.tableId(), SALES_ORDER.TABLE_ID),
                            SALES_ORDER.TABLE_ID))
                    .set(SALES_ORDER.EMPLOYEE_ID, DSL.coalesce(DSL.val(e.employeeId(), SALES_ORDER.EMPLOYEE_ID),
                            SALES_ORDER.EMPLOYEE_ID))
                    .where(SALES_ORDER.ORDER_ID.eq(e.orderId())).execute();
        }
    }

    private void opened(ApplyContext c, OrderOpened e) {
        LocalDate date = c.businessDay().dateOf(c.hlcWall());
        // The usual case, a new order: one insert with everything (0 rows when the id already exists).
        int inserted = c.exec("INSERT INTO SALES_ORDER (ORDER_ID, ORDER_NUMBER, ORDER_TYPE, TABLE_ID, GUESTS,"
                        + " EMPLOYEE_ID, CURRENCY, STATUS, BUSINESS_DATE, OPENED_DEVICE, OPENED_HLC_WALL, FIRE_COUNT,"
                        + " FIRST_POSITION) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)",
                e.orderId(), ApplyContext.truncate(e.orderNumber(), 32), e.orderType().name(), e.tableId(),
                e.guests(), e.employeeId(), e.currency(), OPEN, date, c.event().deviceId(), c.hlcWall(),
                c.position());
        if (inserted > 0) {
            countNumber(c, e.orderNumber(), date);
            return;
        }
        Object[] row = c.row("SELECT STATUS, ORDER_NUMBER FROM SALES_ORDER WHERE ORDER_ID = ?", e.orderId());
        if (row[1] != null) {
            c.flag("order " + e.orderId() + " was opened twice (as " + row[1] + " and " + e.orderNumber()
                    + "); the first opening is kept");
            return;
        }
        c.exec("UPDATE SALES_ORDER SET ORDER_NUMBER = ?, ORDER_TYPE = ?, TABLE_ID = ?, GUESTS = ?, EMPLOYEE_ID = ?,"
                        + " CURRENCY = ?, STATUS = ?, BUSINESS_DATE = ?, OPENED_DEVICE = ?, OPENED_HLC_WALL = ?"
                        + " WHERE ORDER_ID = ?",
                ApplyContext.truncate(e.orderNumber(), 32), e.orderType().name(), e.tableId(), e.guests(),
                e.employeeId(), e.currency(), UNOPENED.equals(row[0]) ? OPEN : row[0], date,
                c.event().deviceId(), c.hlcWall(), e.orderId());
        countNumber(c, e.orderNumber(), date);
    }

    /** Remembers the highest daily number per prefix so numbering continues after a restart or rebuild. */
    private void countNumber(ApplyContext c, String orderNumber, LocalDate date) {
        Matcher m = NUMBER.matcher(orderNumber);
        if (!m.matches() || m.group(1).length() > 16) {
            return;
        }
        int number = Integer.parseInt(m.group(2));
        // One writer applies at a time, so update-else-insert inside its transaction is a merge.
        int updated = c.exec("UPDATE ORDER_NUMBER_COUNTER SET LAST_NUMBER = GREATEST(LAST_NUMBER, ?)"
                + " WHERE PREFIX = ? AND BUSINESS_DATE = ?", number, m.group(1), date);
        if (updated == 0) {
            c.exec("INSERT INTO ORDER_NUMBER_COUNTER (PREFIX, BUSINESS_DATE, LAST_NUMBER) VALUES (?, ?, ?)",
                    m.group(1), date, number);
        }
    }

    /** The order's status, creating a flagged placeholder when this terminal never saw it opened. */
    private String ensureOrder(ApplyContext c, String orderId) {
        Object[] row = c.row("SELECT STATUS FROM SALES_ORDER WHERE ORDER_ID = ?", orderId);
        if (row != null) {
            return (String) row[0];
        }
        c.exec(INSERT_ORDER, orderId, UNOPENED, c.position());
        c.flag("order " + orderId + " is unknown here (no OrderOpened seen yet); " + c.event().type()
                + " was kept on a placeholder order");
        return UNOPENED;
    }

    private void lineAdded(ApplyContext c, LineAdded e) {
        long modifiers = e.unitPriceWithModifiers() - e.unitPrice();
        int n = c.exec("INSERT INTO ORDER_LINE (ORDER_ID, LINE_ID, POSITION, ITEM_ID, NAME, CATEGORY_ID, UNIT_PRICE,"
                        + " MODIFIERS_PRICE, QUANTITY, TAX_CLASS_ID, TAX_RATE_BP, TAX_INCLUSIVE, MODIFIERS, SEAT, COURSE,"
                        + " NOTE, FIRED, VOIDED) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, FALSE)",
                e.orderId(), e.lineId(), c.position(), e.itemId(), ApplyContext.truncate(e.name(), 200),
                e.categoryId(), e.unitPrice(), modifiers, e.quantity(), e.taxClassId(), e.taxRateBp(),
                e.taxInclusive(), ApplyContext.truncate(
                        e.modifiers().stream().map(LineModifier::name).collect(Collectors.joining(", ")), 4000),
                e.seat(), e.course(), ApplyContext.truncate(e.note(), 1000));
        if (n == 0) {
            c.flag("line " + e.lineId() + " is already on order " + e.orderId() + "; the first one is kept");
        }
    }

    private static void changed(ApplyContext c, String orderId, String lineId, int rows) {
        if (rows == 0) {
            c.flag("line " + lineId + " is not on order " + orderId);
        }
    }

    private void fired(ApplyContext c, OrderFired e) {
        for (String lineId : new java.util.LinkedHashSet<>(e.lineIds())) {
            c.exec("UPDATE ORDER_LINE SET FIRED = TRUE WHERE ORDER_ID = ? AND LINE_ID = ?", e.orderId(), lineId);
        }
        c.exec("UPDATE SALES_ORDER SET FIRE_COUNT = FIRE_COUNT + 1 WHERE ORDER_ID = ?", e.orderId());
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
        int n = c.exec("INSERT INTO PAYMENT (PAYMENT_ID, ORDER_ID, SHIFT_ID, TENDER_ID, TENDER_TYPE, AMOUNT, TIP,"
                        + " TENDERED, CHANGE_GIVEN, CARD_BRAND, CARD_LAST4, CARD_AUTH, VOIDED, ACTOR_ID, HLC_WALL, POSITION)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, ?, ?, ?)",
                e.paymentId(), e.orderId(), e.shiftId(), e.tenderId(), e.tenderType().name(), e.amount(), e.tip(),
                e.tendered(), e.change(), e.card() == null ? null : ApplyContext.truncate(e.card().brand(), 32),
                e.card() == null ? null : e.card().last4(), e.card() == null ? null : e.card().authCode(),
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

package app.brigade.server.events;

import static app.brigade.server.db.Schema.OrderLines;
import static app.brigade.server.db.Schema.Orders;
import static app.brigade.server.db.Schema.Payments;
import static app.brigade.server.db.Schema.Shifts;

import app.brigade.model.event.CashMovement;
import app.brigade.model.event.CashMovementKind;
import app.brigade.model.event.LineAdded;
import app.brigade.model.event.LineQuantityChanged;
import app.brigade.model.event.LineVoided;
import app.brigade.model.event.LinesMovedIn;
import app.brigade.model.event.MovedLine;
import app.brigade.model.event.OrderClosed;
import app.brigade.model.event.OrderEvent;
import app.brigade.model.event.OrderOpened;
import app.brigade.model.event.OrderRefunded;
import app.brigade.model.event.OrderTransferred;
import app.brigade.model.event.OrderVoided;
import app.brigade.model.event.PaymentAdded;
import app.brigade.model.event.PaymentVoided;
import app.brigade.model.event.ShiftClosed;
import app.brigade.model.event.ShiftEvent;
import app.brigade.model.event.ShiftOpened;
import app.brigade.model.protocol.Event;
import app.brigade.server.db.BatchStatement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Keeps the cross-terminal reporting tables (orders, lines, payments, shifts) in step with newly
 * stored events, inside the ingest transaction. Each kind of change is one statement with named
 * parameters; consecutive changes of a kind go to the database as one prepared JDBC batch.
 */
final class Projector {

    private static final int TEXT = 200;

    /** One change: the statement kind and its named parameter values. */
    private record Change(String kind, Object[] values) {
    }

    /** The rendered statement of each kind of change, shared by every batch (the SQL never changes). */
    static final class Statements {
        private final DSLContext dsl;
        private final Map<String, BatchStatement> byKind = new ConcurrentHashMap<>();

        Statements(DSLContext dsl) {
            this.dsl = dsl;
        }

        BatchStatement get(String kind, Function<DSLContext, Query> template) {
            BatchStatement s = byKind.get(kind);
            return s != null ? s : byKind.computeIfAbsent(kind, k -> BatchStatement.of(dsl, template.apply(dsl)));
        }

        /** A kind already seen by {@link #get(String, Function)}. */
        BatchStatement get(String kind) {
            return byKind.get(kind);
        }
    }

    private final DSLContext tx;
    private final Statements statements;
    private final List<Change> changes = new ArrayList<>();
    private final Map<String, String> closedBy = new HashMap<>();
    private final Set<String> existingOrders = new HashSet<>();
    private final Set<String> existingLines = new HashSet<>();
    private final Set<String> existingPayments = new HashSet<>();
    private final Set<String> existingShifts = new HashSet<>();

    private Projector(DSLContext tx, Statements statements) {
        this.tx = tx;
        this.statements = statements;
    }

    /**
     * Loads what the batch's changes depend on: which orders exist and which are closed (for the
     * closed-order flag), and which lines, payments and shifts exist, so new rows are plain inserts.
     */
    static Projector forBatch(DSLContext tx, Statements statements, Collection<Event> events) {
        Projector p = new Projector(tx, statements);
        Set<String> orderIds = new HashSet<>();
        Set<String> lineIds = new HashSet<>();
        Set<String> paymentIds = new HashSet<>();
        Set<String> shiftIds = new HashSet<>();
        for (Event e : events) {
            switch (e.payload()) {
                case LineAdded l -> lineIds.add(l.lineId());
                case LinesMovedIn m -> lineIds.addAll(m.lineIds());
                case PaymentAdded pa -> paymentIds.add(pa.paymentId());
                default -> {
                    // Only inserts need to know what exists.
                }
            }
            if (e.payload() instanceof OrderEvent o) {
                orderIds.add(o.orderId());
            } else if (e.payload() instanceof ShiftEvent sh) {
                shiftIds.add(sh.shiftId());
            }
        }
        if (!orderIds.isEmpty()) {
            for (Record r : tx.select(Orders.ORDER_ID, Orders.STATUS, Orders.CLOSED_BY_DEVICE).from(Orders.TABLE)
                    .where(isAny(Orders.ORDER_ID, orderIds)).fetch()) {
                p.existingOrders.add(r.get(Orders.ORDER_ID));
                if ("CLOSED".equals(r.get(Orders.STATUS))) {
                    p.closedBy.put(r.get(Orders.ORDER_ID), r.get(Orders.CLOSED_BY_DEVICE));
                }
            }
        }
        existing(tx, OrderLines.TABLE, OrderLines.LINE_ID, lineIds, p.existingLines);
        existing(tx, Payments.TABLE, Payments.PAYMENT_ID, paymentIds, p.existingPayments);
        existing(tx, Shifts.TABLE, Shifts.SHIFT_ID, shiftIds, p.existingShifts);
        return p;
    }

    private static void existing(DSLContext tx, Table<Record> table, Field<String> key, Set<String> ids,
            Set<String> into) {
        if (!ids.isEmpty()) {
            into.addAll(tx.select(key).from(table).where(isAny(key, ids)).fetch(key));
        }
    }

    /**
     * {@code = ANY(?)} with one array parameter instead of an IN list of up to 500 parameters: the SQL
     * text is the same for every batch, so H2 and PostgreSQL reuse the prepared statement and plan
     * (both use the key's index for it). Plain SQL because jOOQ renders {@code DSL.any} for H2 as an OR
     * of one comparison per id.
     */
    private static Condition isAny(Field<String> key, Set<String> ids) {
        return DSL.condition("{0} = any({1})", key, DSL.val(ids.toArray(String[]::new), key.getDataType().array()));
    }

    /** Projects one new event; returns why to flag it, or null. */
    String apply(Event event) {
        String flag = null;
        if (event.payload() instanceof OrderEvent order) {
            String closer = closedBy.get(order.orderId());
            if (closer != null && !(order instanceof OrderRefunded) && !event.deviceId().equals(closer)) {
                flag = "order " + order.orderId() + " was already closed by " + closer;
            }
            if (existingOrders.add(order.orderId())) {
                change("order.insert", () -> insert(Orders.TABLE, Orders.ORDER_ID, Orders.DEVICE_ID,
                        Orders.STATUS), Orders.ORDER_ID, order.orderId(), Orders.DEVICE_ID, event.deviceId(),
                        Orders.STATUS, "OPEN");
            }
            applyOrder(event, order);
        } else if (event.payload() instanceof ShiftEvent shift) {
            if (existingShifts.add(shift.shiftId())) {
                change("shift.insert", () -> insert(Shifts.TABLE, Shifts.SHIFT_ID, Shifts.DEVICE_ID,
                        Shifts.STATUS), Shifts.SHIFT_ID, shift.shiftId(), Shifts.DEVICE_ID, event.deviceId(),
                        Shifts.STATUS, "OPEN");
            }
            applyShift(shift);
        }
        return flag;
    }

    private void applyOrder(Event event, OrderEvent payload) {
        switch (payload) {
            case OrderOpened o -> change("order.opened", () -> update(Orders.TABLE, Orders.ORDER_ID,
                            Orders.ORDER_NUMBER, Orders.ORDER_TYPE, Orders.CURRENCY, Orders.EMPLOYEE_ID, Orders.OPENED_AT),
                    Orders.ORDER_ID, o.orderId(), Orders.ORDER_NUMBER, Text.clip(o.orderNumber(), TEXT),
                    Orders.ORDER_TYPE, o.orderType().name(), Orders.CURRENCY, Text.clip(o.currency(), 16),
                    Orders.EMPLOYEE_ID, Text.clip(o.employeeId(), TEXT), Orders.OPENED_AT, event.hlc().wallMillis());
            case LineAdded l when existingLines.add(l.lineId()) -> change("line.insert", () -> insert(
                            OrderLines.TABLE, OrderLines.LINE_ID,
                            OrderLines.ORDER_ID, OrderLines.ITEM_ID, OrderLines.NAME, OrderLines.UNIT_PRICE,
                            OrderLines.QUANTITY),
                    OrderLines.LINE_ID, l.lineId(), OrderLines.ORDER_ID, l.orderId(),
                    OrderLines.ITEM_ID, Text.clip(l.itemId(), TEXT), OrderLines.NAME, Text.clip(l.name(), TEXT),
                    OrderLines.UNIT_PRICE, l.unitPriceWithModifiers(), OrderLines.QUANTITY, l.quantity());
            case LinesMovedIn m -> m.lines().forEach(line -> movedIn(m.orderId(), line));
            case LineQuantityChanged q -> change("line.quantity", () -> update(OrderLines.TABLE, OrderLines.LINE_ID,
                    OrderLines.QUANTITY), OrderLines.LINE_ID, q.lineId(), OrderLines.QUANTITY, q.quantity());
            case LineVoided v -> change("line.voided", () -> update(OrderLines.TABLE, OrderLines.LINE_ID,
                    OrderLines.VOIDED), OrderLines.LINE_ID, v.lineId(), OrderLines.VOIDED, true);
            case PaymentAdded p when existingPayments.add(p.paymentId()) -> change("payment.insert", () -> insert(
                            Payments.TABLE, Payments.PAYMENT_ID,
                            Payments.ORDER_ID, Payments.SHIFT_ID, Payments.TENDER_TYPE, Payments.AMOUNT, Payments.TIP,
                            Payments.DEVICE_ID),
                    Payments.PAYMENT_ID, p.paymentId(), Payments.ORDER_ID, p.orderId(),
                    Payments.SHIFT_ID, Text.clip(p.shiftId(), TEXT), Payments.TENDER_TYPE, p.tenderType().name(),
                    Payments.AMOUNT, p.amount(), Payments.TIP, p.tip(), Payments.DEVICE_ID, event.deviceId());
            case PaymentVoided v -> change("payment.voided", () -> update(Payments.TABLE, Payments.PAYMENT_ID,
                    Payments.VOIDED), Payments.PAYMENT_ID, v.paymentId(), Payments.VOIDED, true);
            case OrderClosed c -> {
                closedBy.put(c.orderId(), event.deviceId());
                change("order.closed", () -> update(Orders.TABLE, Orders.ORDER_ID, Orders.STATUS, Orders.CLOSED_AT,
                                Orders.CLOSED_BY_DEVICE), Orders.ORDER_ID, c.orderId(), Orders.STATUS, "CLOSED",
                        Orders.CLOSED_AT, event.hlc().wallMillis(), Orders.CLOSED_BY_DEVICE, event.deviceId());
            }
            case OrderVoided v -> change("order.voided", () -> update(Orders.TABLE, Orders.ORDER_ID, Orders.STATUS),
                    Orders.ORDER_ID, v.orderId(), Orders.STATUS, "VOIDED");
            case OrderRefunded r -> change("order.refunded", () -> increment(Orders.TABLE, Orders.ORDER_ID,
                    Orders.REFUNDED), Orders.ORDER_ID, r.orderId(), Orders.REFUNDED, r.amount());
            case OrderTransferred t when t.employeeId() != null -> change("order.transferred", () -> update(
                    Orders.TABLE, Orders.ORDER_ID, Orders.EMPLOYEE_ID), Orders.ORDER_ID, t.orderId(),
                    Orders.EMPLOYEE_ID, Text.clip(t.employeeId(), TEXT));
            default -> {
                // Fired, discounted, moved to another table, the leaving half of a split (the arriving
                // half moves the row): nothing the reporting tables keep.
            }
        }
    }

    /** A line split onto another check: its row (keyed by line id) now belongs to that check, as it stood. */
    private void movedIn(String orderId, MovedLine m) {
        if (existingLines.add(m.lineId())) {
            change("line.insert", () -> insert(OrderLines.TABLE, OrderLines.LINE_ID, OrderLines.ORDER_ID,
                            OrderLines.ITEM_ID, OrderLines.NAME, OrderLines.UNIT_PRICE, OrderLines.QUANTITY),
                    OrderLines.LINE_ID, m.lineId(), OrderLines.ORDER_ID, orderId,
                    OrderLines.ITEM_ID, Text.clip(m.added().itemId(), TEXT), OrderLines.NAME,
                    Text.clip(m.added().name(), TEXT), OrderLines.UNIT_PRICE, m.added().unitPriceWithModifiers(),
                    OrderLines.QUANTITY, m.quantity());
        } else {
            change("line.moved", () -> update(OrderLines.TABLE, OrderLines.LINE_ID, OrderLines.ORDER_ID,
                    OrderLines.QUANTITY, OrderLines.VOIDED), OrderLines.LINE_ID, m.lineId(), OrderLines.ORDER_ID,
                    orderId, OrderLines.QUANTITY, m.quantity(), OrderLines.VOIDED, false);
        }
    }

    private void applyShift(ShiftEvent payload) {
        switch (payload) {
            case ShiftOpened o -> change("shift.opened", () -> update(Shifts.TABLE, Shifts.SHIFT_ID,
                            Shifts.EMPLOYEE_ID, Shifts.CURRENCY, Shifts.OPENING_FLOAT), Shifts.SHIFT_ID, o.shiftId(),
                    Shifts.EMPLOYEE_ID, Text.clip(o.employeeId(), TEXT), Shifts.CURRENCY, Text.clip(o.currency(), 16),
                    Shifts.OPENING_FLOAT, o.openingFloat());
            case CashMovement m when m.kind() == CashMovementKind.PAY_IN -> change("shift.cashIn", () -> increment(
                    Shifts.TABLE, Shifts.SHIFT_ID, Shifts.CASH_IN), Shifts.SHIFT_ID, m.shiftId(), Shifts.CASH_IN,
                    m.amount());
            case CashMovement m when m.kind() != CashMovementKind.NO_SALE -> change("shift.cashOut", () -> increment(
                    Shifts.TABLE, Shifts.SHIFT_ID, Shifts.CASH_OUT), Shifts.SHIFT_ID, m.shiftId(), Shifts.CASH_OUT,
                    m.amount());
            case ShiftClosed c -> change("shift.closed", () -> update(Shifts.TABLE, Shifts.SHIFT_ID,
                            Shifts.COUNTED_CASH, Shifts.STATUS), Shifts.SHIFT_ID, c.shiftId(),
                    Shifts.COUNTED_CASH, c.countedCash(), Shifts.STATUS, "CLOSED");
            default -> {
                // A no-sale drawer open moves no money.
            }
        }
    }

    /**
     * Sends the inserts first, one prepared batch per kind (PostgreSQL rewrites each into multi-row
     * inserts), then the updates in event order, each run of one kind as one batch. Inserts only
     * create rows that did not exist, so running them first never reorders two changes of one row.
     */
    void flush() {
        List<Change> inserts = new ArrayList<>();
        List<Change> updates = new ArrayList<>();
        for (Change c : changes) {
            (c.kind().endsWith(".insert") ? inserts : updates).add(c);
        }
        inserts.sort(java.util.Comparator.comparing(c -> INSERT_ORDER.indexOf(c.kind())));
        execute(inserts);
        execute(updates);
        changes.clear();
    }

    private static final List<String> INSERT_ORDER = List.of("order.insert", "line.insert", "payment.insert",
            "shift.insert");

    private void execute(List<Change> changes) {
        int i = 0;
        while (i < changes.size()) {
            String kind = changes.get(i).kind();
            List<Object[]> run = new ArrayList<>();
            int j = i;
            while (j < changes.size() && changes.get(j).kind().equals(kind)) {
                run.add(changes.get(j).values());
                j++;
            }
            statements.get(kind).execute(tx, run);
            i = j;
        }
    }

    private void change(String kind, Supplier<Query> template, Object... fieldValuePairs) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < fieldValuePairs.length; i += 2) {
            values.put(((Field<?>) fieldValuePairs[i]).getName(), fieldValuePairs[i + 1]);
        }
        changes.add(new Change(kind, statements.get(kind, dsl -> template.get()).row(values)));
    }

    private static <T> Field<T> param(Field<T> field) {
        return DSL.param(field.getName(), field.getDataType());
    }

    /**
     * A plain insert: {@link #forBatch} loaded which keys exist and {@link #apply} inserts a key once,
     * so no ON CONFLICT is needed (jOOQ can only emulate it on H2 with generated table metadata).
     * Race-free because ingest transactions are serialized on the feed-head lock.
     */
    private Query insert(Table<Record> table, Field<String> key, Field<?>... fields) {
        List<Field<?>> columns = new ArrayList<>(List.of(key));
        columns.addAll(List.of(fields));
        return tx.insertInto(table, columns).values(columns.stream().<Field<?>>map(Projector::param).toList());
    }

    private Query update(Table<Record> table, Field<String> key, Field<?>... fields) {
        Map<Field<?>, Field<?>> sets = new LinkedHashMap<>();
        for (Field<?> f : fields) {
            sets.put(f, param(f));
        }
        return tx.update(table).set(sets).where(key.eq(param(key)));
    }

    private Query increment(Table<Record> table, Field<String> key, Field<Long> field) {
        return tx.update(table).set(field, field.plus(param(field))).where(key.eq(param(key)));
    }
}

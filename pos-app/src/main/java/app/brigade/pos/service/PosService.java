package app.brigade.pos.service;

import app.brigade.model.catalog.Catalog;
import app.brigade.model.catalog.DiningTable;
import app.brigade.model.catalog.Employee;
import app.brigade.model.catalog.TenderType;
import app.brigade.model.event.CardDetails;
import app.brigade.model.event.CashMovement;
import app.brigade.model.event.CashMovementKind;
import app.brigade.model.event.DiscountApplied;
import app.brigade.model.event.DiscountKind;
import app.brigade.model.event.EventPayload;
import app.brigade.model.event.LineAdded;
import app.brigade.model.event.LineQuantityChanged;
import app.brigade.model.event.LineVoided;
import app.brigade.model.event.OrderClosed;
import app.brigade.model.event.OrderFired;
import app.brigade.model.event.OrderOpened;
import app.brigade.model.event.OrderRefunded;
import app.brigade.model.event.OrderTransferred;
import app.brigade.model.event.OrderType;
import app.brigade.model.event.OrderVoided;
import app.brigade.model.event.PaymentAdded;
import app.brigade.model.event.ShiftClosed;
import app.brigade.model.event.ShiftOpened;
import app.brigade.model.order.KitchenFiring;
import app.brigade.model.order.LineFactory;
import app.brigade.model.order.LineMoves;
import app.brigade.model.order.LineRequest;
import app.brigade.model.order.Order;
import app.brigade.model.order.OrderLine;
import app.brigade.model.order.OrderStatus;
import app.brigade.model.order.OrderTotals;
import app.brigade.model.order.Outcome;
import app.brigade.model.protocol.AggregateIds;
import app.brigade.model.protocol.Event;
import app.brigade.pos.print.PosPrinter;
import app.brigade.store.api.RecordResult;
import app.brigade.store.api.Store;
import app.brigade.store.query.OrderView;
import app.brigade.store.query.ShiftSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Everything a cashier or manager does at the till, as calls that validate, check permissions,
 * record durably through the store and then print. Blocking: call it from the UI executor.
 */
public final class PosService {

    private final Store store;
    private final Catalog catalog;
    private final PosPrinter printer;
    private final LongSupplier clock;
    private final LineFactory lines;
    private final app.brigade.model.order.OrderRules rules;
    private volatile java.util.function.Consumer<List<Event>> onRecorded = events -> { };

    public PosService(Store store, Catalog catalog, PosPrinter printer, LongSupplier clock) {
        this.store = store;
        this.catalog = catalog;
        this.printer = printer;
        this.clock = clock;
        this.lines = new LineFactory(catalog);
        this.rules = new app.brigade.model.order.OrderRules(catalog.settings());
    }

    /** Called with every committed batch (the sync client wakes its push and LAN workers). */
    public void onRecorded(java.util.function.Consumer<List<Event>> listener) {
        this.onRecorded = listener;
    }

    public Catalog catalog() {
        return catalog;
    }

    public Store store() {
        return store;
    }

    public PosPrinter printer() {
        return printer;
    }

    /** The active employee whose PIN this is, if any (each verifier is checked; PINs are never stored). */
    public Optional<Employee> employeeByPin(String pin) {
        return catalog.employees().stream().filter(Employee::active).filter(e -> e.pin().matches(pin)).findFirst();
    }

    /** A manager approving an action right now, by PIN; refused with a clear message otherwise. */
    public Employee approver(String pin, Text action) {
        Employee e = employeeByPin(pin).orElseThrow(() -> new PosException("error.wrongManagerPin", action));
        Permissions.requireManager(e, action);
        return e;
    }

    public Optional<ShiftSummary> currentShift() {
        return store.openShiftIds().stream().findFirst().flatMap(store::shiftSummary);
    }

    public ShiftSummary openShift(Employee cashier, long openingFloat) {
        Permissions.requireTillUser(cashier);
        if (currentShift().isPresent()) {
            throw new PosException("error.shiftAlreadyOpen");
        }
        if (openingFloat < 0) {
            throw new PosException("error.negativeFloat");
        }
        String shiftId = newId("shift");
        record(cashier, null, new ShiftOpened(shiftId, cashier.id(), openingFloat,
                catalog.settings().currency().getCurrencyCode()));
        printer.openDrawerNoSale("shift opened: count the float", cashier.id());
        return store.shiftSummary(shiftId).orElseThrow();
    }

    public OrderView openOrder(Employee cashier, OrderType type, String tableId, int guests) {
        Permissions.requireTillUser(cashier);
        requireShift();
        if (type == OrderType.DINE_IN && tableId == null) {
            throw new PosException("error.tableRequired");
        }
        String orderId = newId("order");
        record(cashier, null, new OrderOpened(orderId, store.nextOrderNumber(), type, tableId, Math.max(guests, 0),
                cashier.id(), catalog.settings().currency().getCurrencyCode()));
        return order(orderId);
    }

    public OrderView addLine(Employee cashier, String orderId, LineRequest request) {
        return addLine(cashier, order(orderId), request);
    }

    /**
     * Adds a line to the order on screen. The new state is folded from the committed event instead
     * of re-read from the store: the store accepted exactly this event on exactly this state, so the
     * fold is what a read would return, without decoding the whole order again on every tap.
     */
    public OrderView addLine(Employee cashier, OrderView current, LineRequest request) {
        LineAdded line = prepareLine(cashier, current, request);
        recordLine(cashier, line);
        return withLine(current, line);
    }

    /**
     * The line a tap adds, decided against the order on screen from the catalog alone (no I/O, so the
     * UI thread may call it): permissions, item, modifiers, prices and tax are all settled here.
     */
    public LineAdded prepareLine(Employee cashier, OrderView current, LineRequest request) {
        Permissions.requireTillUser(cashier);
        FreeText.check("field.lineNote", request.note());
        return lines.line(current.order().id(), newId("line"), request).orThrow();
    }

    /** The order with {@code line} added (a fold, no I/O). */
    public OrderView withLine(OrderView current, LineAdded line) {
        return folded(current, line, null);
    }

    /** Records a prepared line durably; the store checks it again against the order as it is now. */
    public void recordLine(Employee cashier, LineAdded line) {
        record(cashier, null, line);
    }

    public OrderView changeQuantity(Employee cashier, String orderId, String lineId, int quantity) {
        return changeQuantity(cashier, order(orderId), lineId, quantity);
    }

    public OrderView changeQuantity(Employee cashier, OrderView current, String lineId, int quantity) {
        LineQuantityChanged change = new LineQuantityChanged(current.order().id(), lineId, quantity);
        record(cashier, null, change);
        return folded(current, change, null);
    }

    private OrderView folded(OrderView current, app.brigade.model.event.OrderEvent event, Employee approver) {
        Order next = current.order().apply(event, approver == null ? null : approver.id());
        return new OrderView(next, rules.totals(next), current.ready());
    }

    /** Voids a line; after a kitchen send this needs {@code manager}, recorded as the approver. */
    public OrderView voidLine(Employee cashier, Employee manager, String orderId, String lineId, String reason) {
        FreeText.check("field.voidReason", reason);
        OrderLine line = order(orderId).order().line(lineId)
                .orElseThrow(() -> new PosException("error.lineGone"));
        if (line.fired()) {
            Permissions.requireManager(manager, Text.of("action.voidSentLine", line.name()));
        }
        record(cashier, line.fired() ? manager : null, new LineVoided(orderId, lineId, reason));
        return order(orderId);
    }

    /** Sends the unfired lines to the kitchen (one ticket per station) and prints kitchen chits. */
    public OrderView send(Employee cashier, String orderId) {
        return send(cashier, orderId, false);
    }

    /** Fires the unfired lines; {@code rush} flags every ticket and chit of this send RUSH for the kitchen. */
    public OrderView send(Employee cashier, String orderId, boolean rush) {
        OrderView view = order(orderId);
        Order o = view.order();
        String table = o.tableId() == null ? "" : catalog.tables().stream().filter(t -> t.id().equals(o.tableId()))
                .map(DiningTable::name).findFirst().orElse(o.tableId());
        OrderFired fired = KitchenFiring.fire(o, table, cashier.name(), clock.getAsLong(), () -> newId("ticket"),
                rush).orThrow();
        record(cashier, null, fired);
        printer.kitchen(fired);
        return order(orderId);
    }

    public OrderView discount(Employee cashier, Employee manager, String orderId, String lineId, DiscountKind kind,
            long value, String reason) {
        Permissions.requireManager(manager, Text.of("action.discount"));
        FreeText.check("field.discountReason", reason);
        DiscountApplied d = kind == DiscountKind.PERCENT
                ? new DiscountApplied(orderId, newId("disc"), lineId, kind, Math.toIntExact(value), 0, reason)
                : new DiscountApplied(orderId, newId("disc"), lineId, kind, 0, value, reason);
        record(cashier, manager, d);
        return order(orderId);
    }

    /**
     * Takes cash: {@code tendered} is what the guest handed over, {@code tip} the part they want to
     * leave as a tip. Pays what is due (rounded to the cash increment) and gives the rest back.
     */
    public PaymentOutcome payCash(Employee cashier, String orderId, long tendered, long tip) {
        OrderView before = order(orderId);
        long due = before.totals().cashDue();
        if (tip < 0 || tendered <= tip) {
            throw new PosException("error.tipOverCash");
        }
        long amount = Math.min(tendered - tip, due);
        PaymentAdded payment = PaymentAdded.cash(orderId, newId("pay"), shiftId(), amount, tip, tendered);
        return settle(cashier, before, payment);
    }

    /** Records a card payment taken on the external terminal: brand, last 4 and auth code only. */
    public PaymentOutcome payCard(Employee cashier, String orderId, long amount, long tip, CardDetails card) {
        OrderView before = order(orderId);
        PaymentAdded payment = PaymentAdded.card(orderId, newId("pay"), shiftId(), amount, tip, card);
        return settle(cashier, before, payment);
    }

    private PaymentOutcome settle(Employee cashier, OrderView before, PaymentAdded payment) {
        record(cashier, null, payment);
        OrderView after = order(before.order().id());
        boolean closed = false;
        if (after.totals().settled()) {
            record(cashier, null, new OrderClosed(after.order().id()));
            after = order(after.order().id());
            closed = true;
            printer.receipt(after, false);
        }
        if (payment.tenderType() == TenderType.CASH) {
            printer.openDrawerForSale(before.order().id());
        }
        return new PaymentOutcome(after, payment.change(), closed);
    }

    /**
     * Splits a check: the live lines of one seat, or the lines picked, move onto a new open check at the
     * same table, served by the same employee, with a new number (guests stay on the original check).
     * Both checks can then be paid on their own; nothing changes in the kitchen.
     */
    public SplitOutcome splitCheck(Employee cashier, String orderId, CheckSplit how) {
        return splitCheck(cashier, orderId, how, null);
    }

    /**
     * Moves lines as {@link #splitCheck(Employee, String, CheckSplit)} does, onto the open check
     * {@code intoOrderId} instead of a new one when it is given. The new check's opening and both halves
     * of the move are recorded in one call: all of it or nothing.
     */
    public SplitOutcome splitCheck(Employee cashier, String orderId, CheckSplit how, String intoOrderId) {
        Permissions.requireTillUser(cashier);
        requireShift();
        Order source = order(orderId).order();
        List<String> lineIds = switch (how) {
            case CheckSplit.BySeat s -> LineMoves.seatLineIds(source, s.seat());
            case CheckSplit.ByItems i -> i.lineIds();
        };
        if (lineIds.isEmpty()) {
            throw how instanceof CheckSplit.BySeat s
                    ? new PosException("error.seatEmpty", s.seat(), source.number())
                    : new PosException("error.pickLines");
        }
        List<EventPayload> payloads = new ArrayList<>();
        String targetId = intoOrderId;
        if (targetId == null) {
            targetId = newId("order");
            payloads.add(new OrderOpened(targetId, store.nextOrderNumber(), source.type(), source.tableId(), 0,
                    source.employeeId(), catalog.settings().currency().getCurrencyCode()));
        } else if (order(targetId).order().status() != OrderStatus.OPEN) {
            throw new PosException("error.checkNotOpen", order(targetId).order().number());
        }
        Outcome<LineMoves.Move> move = LineMoves.move(source, targetId, lineIds);
        if (move instanceof Outcome.Rejected<LineMoves.Move> r) {
            throw new PosException(Problems.rejection(r.rejection()));
        }
        payloads.addAll(move.orThrow().events());
        record(cashier, null, payloads);
        return new SplitOutcome(order(orderId), order(targetId));
    }

    public OrderView voidOrder(Employee cashier, Employee manager, String orderId, String reason) {
        FreeText.check("field.voidReason", reason);
        Order o = order(orderId).order();
        if (o.anyFired()) {
            Permissions.requireManager(manager, Text.of("action.voidSentOrder"));
        }
        record(cashier, o.anyFired() ? manager : null, new OrderVoided(orderId, reason));
        return order(orderId);
    }

    public OrderView refund(Employee cashier, Employee manager, String orderId, long amount, TenderType tender,
            String reason) {
        Permissions.requireManager(manager, Text.of("action.refund"));
        FreeText.check("field.refundReason", reason);
        record(cashier, manager, new OrderRefunded(orderId, newId("refund"), shiftId(), tender, amount, List.of(),
                reason));
        if (tender == TenderType.CASH) {
            printer.openDrawerForSale(orderId);
        }
        return order(orderId);
    }

    /**
     * Refunds what is left to refund of a paid order, on the tender the guest paid with: back to the card
     * when every payment was by card (the cashier refunds it on the external terminal), else in cash.
     */
    public OrderView refundRest(Employee cashier, Employee manager, String orderId, String reason) {
        OrderView view = order(orderId);
        if (view.order().status() != OrderStatus.CLOSED) {
            throw new PosException("error.refundOpenCheck", view.order().number());
        }
        long rest = view.totals().refundable();
        if (rest <= 0) {
            throw new PosException("error.refundedInFull", view.order().number());
        }
        return refund(cashier, manager, orderId, rest, refundTender(view), reason);
    }

    /** The tender a refund of {@code view} goes back on: card when it was paid by card only, else cash. */
    public static TenderType refundTender(OrderView view) {
        var live = view.order().payments().stream().filter(p -> !p.voided()).toList();
        return !live.isEmpty() && live.stream().allMatch(p -> p.added().tenderType() == TenderType.CARD)
                ? TenderType.CARD : TenderType.CASH;
    }

    /**
     * Moves an open check to another table and/or another employee (null keeps the current one). A
     * cashier may hand their own check to a colleague; taking or giving away someone else's check needs a
     * manager's approval. Kitchen staff and inactive employees cannot own a check.
     */
    public OrderView transfer(Employee cashier, Employee manager, String orderId, String tableId, String employeeId) {
        Permissions.requireTillUser(cashier);
        if (employeeId != null) {
            Employee to = catalog.employee(employeeId).orElseThrow(
                    () -> new PosException("error.noSuchEmployee", employeeId));
            if (to.role() == app.brigade.model.catalog.Role.COOK || !to.active()) {
                throw new PosException("error.checkOwner", to.name());
            }
            String owner = order(orderId).order().employeeId();
            if (!cashier.id().equals(owner)) {
                String ownerName = catalog.employee(owner).map(Employee::name).orElse(owner);
                Permissions.requireManager(manager, Text.of("action.transfer", ownerName, to.name()));
            }
        }
        record(cashier, manager, new OrderTransferred(orderId, tableId, employeeId));
        return order(orderId);
    }

    /** Whether moving this check to another employee needs a manager: it is not the cashier's own. */
    public boolean transferNeedsManager(Employee cashier, OrderView check) {
        return !cashier.id().equals(check.order().employeeId());
    }

    public void noSale(Employee cashier, Employee manager, String reason) {
        Permissions.requireManager(manager, Text.of("action.noSale"));
        FreeText.check("field.noSaleReason", reason);
        record(cashier, manager, new CashMovement(shiftId(), newId("cash"), CashMovementKind.NO_SALE, 0, reason));
        printer.openDrawerNoSale(reason, cashier.id());
    }

    public void cashMovement(Employee cashier, Employee manager, CashMovementKind kind, long amount, String reason) {
        Permissions.requireManager(manager, Text.of(kind == CashMovementKind.PAY_IN ? "action.payIn" : "action.payOut"));
        FreeText.check(kind == CashMovementKind.PAY_IN ? "field.payInReason" : "field.payOutReason", reason);
        record(cashier, manager, new CashMovement(shiftId(), newId("cash"), kind, amount, reason));
        printer.openDrawerNoSale(kind.name().toLowerCase() + ": " + reason, cashier.id());
    }

    /**
     * Blind close: the cashier counts by denomination without seeing the expected amount first; a manager
     * approves the close at that moment (recorded as the approver), and only then is over/short known.
     */
    public ShiftSummary closeShift(Employee cashier, Employee manager, Map<Long, Integer> denominations) {
        Permissions.requireManager(manager, Text.of("action.closeShift"));
        String shiftId = shiftId();
        for (Map.Entry<Long, Integer> e : denominations.entrySet()) {
            if (e.getKey() <= 0 || e.getValue() < 0) {
                throw new PosException("error.badCount", e.getValue(), e.getKey());
            }
        }
        long counted = denominations.entrySet().stream().mapToLong(e -> e.getKey() * e.getValue()).sum();
        record(cashier, manager, new ShiftClosed(shiftId, counted, denominations));
        return store.shiftSummary(shiftId).orElseThrow();
    }

    public List<OrderView> openOrders() {
        return store.openOrders();
    }

    public OrderView order(String orderId) {
        return store.order(orderId).orElseThrow(() -> new PosException("error.noSuchOrder", orderId));
    }

    public void reprint(Employee cashier, String orderId) {
        Permissions.requireTillUser(cashier);
        OrderView view = order(orderId);
        if (view.order().status() != OrderStatus.CLOSED) {
            throw new PosException("error.reprintOpen");
        }
        printer.receipt(view, true);
    }

    /** The most recently opened paid orders, newest first: the order history receipts are reprinted from. */
    public List<OrderView> recentPaidOrders(int limit) {
        List<String> ids = store.orderIds("CLOSED", Integer.MAX_VALUE);
        List<OrderView> out = new ArrayList<>(Math.min(limit, ids.size()));
        for (int i = ids.size() - 1; i >= 0 && out.size() < limit; i--) {
            store.order(ids.get(i)).ifPresent(out::add);
        }
        return out;
    }

    public Optional<OrderView> lastClosedOrder() {
        List<String> ids = store.orderIds("CLOSED", Integer.MAX_VALUE);
        return ids.isEmpty() ? Optional.empty() : store.order(ids.getLast());
    }

    public OrderTotals totals(String orderId) {
        return order(orderId).totals();
    }

    private String shiftId() {
        return requireShift().shift().shiftId();
    }

    private ShiftSummary requireShift() {
        return currentShift().orElseThrow(() -> new PosException("error.shiftRequired"));
    }

    private List<Event> record(Employee actor, Employee approver, EventPayload payload) {
        return record(actor, approver, List.of(payload));
    }

    /**
     * Records the payloads together: all of them durably, or none when the rules refuse one. Every change
     * at the till passes here, so here is where who may change anything at all is checked: a till user
     * acting, and an approver who may approve.
     */
    private List<Event> record(Employee actor, Employee approver, List<EventPayload> payloads) {
        Permissions.requireTillUser(actor);
        if (approver != null) {
            Permissions.requireManager(approver, Text.of("action.approve"));
        }
        RecordResult result = store.record(actor.id(), approver == null ? null : approver.id(), payloads);
        return switch (result) {
            case RecordResult.Committed c -> {
                onRecorded.accept(c.events());
                yield c.events();
            }
            case RecordResult.Rejected r -> throw new PosException(Problems.rejection(r.rejection()));
        };
    }

    /** Time-ordered ids: the store's tables are keyed by them (ADR 0021). */
    private static String newId(String kind) {
        return AggregateIds.next(kind);
    }

    /** After a payment: the order as it stands, the change to hand back, and whether it closed. */
    public record PaymentOutcome(OrderView order, long change, boolean closed) {
    }

    /** After a split: the check the lines left and the check they joined, both as they stand now. */
    public record SplitOutcome(OrderView source, OrderView target) {
    }

}

package app.brigade.reports.model;

import app.brigade.model.catalog.Catalog;
import app.brigade.model.catalog.Category;
import app.brigade.model.catalog.Employee;
import app.brigade.model.catalog.StoreSettings;
import app.brigade.model.catalog.TenderType;
import app.brigade.model.event.CashMovement;
import app.brigade.model.event.DiscountApplied;
import app.brigade.model.event.LineVoided;
import app.brigade.model.event.OrderClosed;
import app.brigade.model.event.OrderEvent;
import app.brigade.model.event.OrderOpened;
import app.brigade.model.event.OrderRefunded;
import app.brigade.model.event.OrderVoided;
import app.brigade.model.event.PaymentAdded;
import app.brigade.model.event.PaymentVoided;
import app.brigade.model.event.ShiftClosed;
import app.brigade.model.event.ShiftEvent;
import app.brigade.model.event.ShiftOpened;
import app.brigade.model.order.AppliedDiscount;
import app.brigade.model.order.Order;
import app.brigade.model.order.OrderLine;
import app.brigade.model.order.OrderStatus;
import app.brigade.model.order.OrderTotals;
import app.brigade.model.order.TaxAmount;
import app.brigade.model.order.TotalsCalculator;
import app.brigade.model.protocol.Event;
import app.brigade.model.shift.Shift;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.StreamSupport;

/**
 * Computes a report from events alone, so it works the same on a terminal offline and on a synced
 * store-wide view. Sales count orders closed inside the period; refunds, voids and drawer
 * activity count by when they happened; cash covers the shifts that overlap the period.
 */
public final class ReportCalculator {

    private final Catalog catalog;
    private final StoreSettings settings;

    public ReportCalculator(Catalog catalog) {
        this.catalog = catalog;
        this.settings = catalog.settings();
    }

    public ReportData compute(ReportPeriod period, String terminal, Iterable<Event> events, Instant generatedAt,
            long zNumber) {
        Fold fold = new Fold(period);
        StreamSupport.stream(events.spliterator(), false)
                .sorted(Comparator.comparing(Event::hlc).thenComparing(Event::deviceId)
                        .thenComparingLong(Event::deviceSeq))
                .forEach(fold::accept);
        return fold.result(terminal, generatedAt, zNumber);
    }

    /** The window of one shift: from its opening to its close, or to {@code now} while it is open. */
    public static ReportPeriod shiftPeriod(Iterable<Event> events, String shiftId, Instant now,
            java.time.ZoneId zone) {
        Instant opened = null;
        Instant closed = null;
        for (Event e : events) {
            if (e.payload() instanceof ShiftOpened o && o.shiftId().equals(shiftId)) {
                opened = at(e);
            } else if (e.payload() instanceof ShiftClosed c && c.shiftId().equals(shiftId)) {
                closed = at(e);
            }
        }
        if (opened == null) {
            throw new IllegalArgumentException("shift '" + shiftId + "' was never opened on this store");
        }
        Instant end = closed != null ? closed.plusMillis(1) : now.plusMillis(1);
        return new ReportPeriod(ReportKind.X, opened, end.isAfter(opened) ? end : opened.plusMillis(1), zone,
                "Shift " + shiftId);
    }

    static Instant at(Event e) {
        return Instant.ofEpochMilli(e.hlc().wallMillis());
    }

    private String employee(String id) {
        return id == null ? "" : catalog.employee(id).map(Employee::name).orElse(id);
    }

    private String category(String id) {
        return catalog.category(id).map(Category::name).orElse(id == null ? "" : id);
    }

    /** Mutable accumulation over one pass of the events. */
    private final class Fold {
        private final ReportPeriod period;
        private final Map<String, Order> orders = new LinkedHashMap<>();
        private final Map<String, Instant> closedAt = new HashMap<>();
        private final Map<String, Instant> discountTimes = new HashMap<>();
        private final Map<String, Instant> paymentTimes = new HashMap<>();
        private final Map<String, Shift> shifts = new LinkedHashMap<>();
        private final Map<String, Instant[]> shiftTimes = new HashMap<>();
        private final List<Rows.Void> voids = new ArrayList<>();
        private final List<Rows.Refund> refunds = new ArrayList<>();
        private final List<Rows.Drawer> drawer = new ArrayList<>();
        private long voidedOrders;

        Fold(ReportPeriod period) {
            this.period = period;
        }

        void accept(Event e) {
            Instant at = at(e);
            switch (e.payload()) {
                case OrderEvent oe -> order(oe, e, at);
                case ShiftEvent se -> shift(se, e, at);
                default -> {
                }
            }
        }

        private void order(OrderEvent event, Event e, Instant at) {
            if (event instanceof OrderOpened opened) {
                orders.putIfAbsent(opened.orderId(), Order.open(opened));
                return;
            }
            Order before = orders.get(event.orderId());
            if (before == null) {
                return;
            }
            boolean inPeriod = period.contains(at);
            switch (event) {
                case LineVoided v when inPeriod -> before.line(v.lineId()).filter(l -> !l.voided()).ifPresent(l ->
                        voids.add(new Rows.Void(at, before.number(), l.name(), l.quantity(), l.gross(), l.fired(),
                                v.reason(), employee(e.approverId()))));
                case OrderVoided v when inPeriod && before.status() == OrderStatus.OPEN -> voidedOrders++;
                case DiscountApplied d -> discountTimes.putIfAbsent(d.discountId(), at);
                case PaymentAdded p -> {
                    paymentTimes.put(p.paymentId(), at);
                    shifts.computeIfPresent(p.shiftId(), (k, s) -> s.apply(p));
                }
                case PaymentVoided p -> shifts.replaceAll((k, s) -> s.apply(p));
                case OrderRefunded r -> {
                    shifts.computeIfPresent(r.shiftId(), (k, s) -> s.apply(r));
                    if (inPeriod && before.refunds().stream().noneMatch(x -> x.refund().refundId().equals(r.refundId()))) {
                        refunds.add(new Rows.Refund(at, before.number(), r.tenderType().name(), r.amount(), r.reason(),
                                employee(e.approverId())));
                    }
                }
                case OrderClosed c -> closedAt.putIfAbsent(c.orderId(), at);
                default -> {
                }
            }
            orders.put(event.orderId(), before.apply(event, e.approverId()));
        }

        private void shift(ShiftEvent event, Event e, Instant at) {
            switch (event) {
                case ShiftOpened o -> {
                    shifts.putIfAbsent(o.shiftId(), Shift.open(o));
                    shiftTimes.putIfAbsent(o.shiftId(), new Instant[] {at, null});
                }
                case CashMovement m -> {
                    shifts.computeIfPresent(m.shiftId(), (k, s) -> s.apply(m));
                    if (period.contains(at)) {
                        drawer.add(new Rows.Drawer(at, m.shiftId(), m.kind().name(), m.amount(), m.reason(),
                                employee(e.actorId()), employee(e.approverId())));
                    }
                }
                case ShiftClosed c -> {
                    shifts.computeIfPresent(c.shiftId(), (k, s) -> s.apply(c));
                    Instant[] times = shiftTimes.get(c.shiftId());
                    if (times != null) {
                        times[1] = at;
                    }
                }
            }
        }

        ReportData result(String terminal, Instant generatedAt, long zNumber) {
            Sums items = new Sums();
            Sums categories = new Sums();
            Sums employees = new Sums();
            Sums types = new Sums();
            Sums hours = new Sums();
            for (int h = 0; h < 24; h++) {
                hours.touch(String.format("%02d", h), String.format("%02d:00", h));
            }
            Map<String, long[]> taxes = new TreeMap<>();
            Map<String, long[]> tenders = new TreeMap<>();
            List<Rows.Discount> discountRows = new ArrayList<>();
            List<Rows.Payment> payments = new ArrayList<>();
            List<Rows.Line> lines = new ArrayList<>();
            long count = 0;
            long guests = 0;
            long gross = 0;
            long discounts = 0;
            long tips = 0;
            long exclusive = 0;
            long inclusive = 0;
            for (Order o : orders.values()) {
                Instant closed = closedAt.get(o.id());
                if (o.status() != OrderStatus.CLOSED || !period.contains(closed)) {
                    continue;
                }
                OrderTotals t = TotalsCalculator.compute(o, settings);
                count++;
                guests += o.guests();
                gross += t.subtotal();
                discounts += t.discounts();
                tips += t.tips();
                exclusive += t.exclusiveTax();
                inclusive += t.inclusiveTax();
                for (TaxAmount tax : t.taxes()) {
                    long[] acc = taxes.computeIfAbsent(tax.rateBp() + (tax.inclusive() ? "i" : "e"), k -> new long[3]);
                    acc[0] = tax.rateBp();
                    acc[1] += tax.base();
                    acc[2] += tax.tax();
                }
                String employeeName = employee(o.employeeId());
                String hour = String.format("%02d", closed.atZone(period.zone()).getHour());
                for (OrderLine l : o.activeLines()) {
                    long net = t.lineNets().getOrDefault(l.lineId(), l.gross());
                    items.add(l.added().itemId(), l.name(), l.quantity(), o.id(), l.gross(), net);
                    categories.add(l.added().categoryId(), category(l.added().categoryId()), l.quantity(), o.id(),
                            l.gross(), net);
                    employees.add(o.employeeId(), employeeName, l.quantity(), o.id(), l.gross(), net);
                    types.add(o.type().name(), o.type().name().replace('_', '-').toLowerCase(), l.quantity(), o.id(),
                            l.gross(), net);
                    hours.add(hour, hour + ":00", l.quantity(), o.id(), l.gross(), net);
                    lines.add(new Rows.Line(closed, o.number(), l.name(), category(l.added().categoryId()),
                            l.quantity(), l.gross(), net, employeeName));
                }
                discountRows.addAll(discountRows(o, t));
                for (var p : o.activePayments()) {
                    PaymentAdded pa = p.added();
                    String tender = pa.tenderType() == TenderType.OTHER ? pa.tenderId() : pa.tenderType().name();
                    long[] acc = tenders.computeIfAbsent(tender, k -> new long[4]);
                    acc[0]++;
                    acc[1] += pa.amount();
                    acc[2] += pa.tip();
                    payments.add(new Rows.Payment(paymentTimes.get(pa.paymentId()), o.number(), tender, pa.amount(),
                            pa.tip(), pa.tendered(), pa.change(),
                            pa.card() == null ? "" : pa.card().brand() + " •••• " + pa.card().last4() + " auth "
                                    + pa.card().authCode(), employeeName));
                }
            }
            long refunded = 0;
            for (Rows.Refund r : refunds) {
                refunded += r.amount();
                tenders.computeIfAbsent(r.tender(), k -> new long[4])[3] += r.amount();
            }
            List<Rows.ShiftCash> shiftRows = shiftRows();
            long expected = 0;
            long counted = 0;
            long overShort = 0;
            for (Rows.ShiftCash s : shiftRows) {
                expected += s.expected();
                if (s.counted() != null) {
                    counted += s.counted();
                    overShort += s.overShort();
                }
            }
            long voidBeforeCount = voids.stream().filter(v -> !v.afterFire()).count();
            long voidBefore = voids.stream().filter(v -> !v.afterFire()).mapToLong(Rows.Void::amount).sum();
            long voidAfterCount = voids.stream().filter(Rows.Void::afterFire).count();
            long voidAfter = voids.stream().filter(Rows.Void::afterFire).mapToLong(Rows.Void::amount).sum();
            return new ReportData(settings.storeName(), terminal, period, settings.currency(), generatedAt, zNumber,
                    count, guests, gross, discounts, refunded, gross - discounts - refunded, exclusive, inclusive, tips,
                    voidBeforeCount, voidBefore, voidAfterCount, voidAfter, voidedOrders, expected, counted, overShort,
                    taxRows(taxes),
                    tenders.entrySet().stream().map(en -> new Rows.Tender(en.getKey(), en.getValue()[0],
                            en.getValue()[1], en.getValue()[2], en.getValue()[3])).toList(),
                    items.rows(), categories.rows(), hours.rowsInKeyOrder(), employees.rows(), types.rows(),
                    discountRows, List.copyOf(voids), List.copyOf(refunds), payments, shiftRows, List.copyOf(drawer),
                    lines);
        }

        private List<Rows.Tax> taxRows(Map<String, long[]> taxes) {
            List<Rows.Tax> out = new ArrayList<>();
            taxes.forEach((key, a) -> out.add(new Rows.Tax((int) a[0], key.endsWith("i"), a[1], a[2])));
            return out;
        }

        /**
         * Each discount's own amount: the order's discounts with it minus without it, in the order applied.
         * Timed by discount id: a line discount moved to a split check keeps the time it was given.
         */
        private List<Rows.Discount> discountRows(Order o, OrderTotals full) {
            List<Rows.Discount> rows = new ArrayList<>();
            long previous = TotalsCalculator.compute(withDiscounts(o, 0), settings).discounts();
            for (int i = 0; i < o.discounts().size(); i++) {
                AppliedDiscount d = o.discounts().get(i);
                long now = i == o.discounts().size() - 1 ? full.discounts()
                        : TotalsCalculator.compute(withDiscounts(o, i + 1), settings).discounts();
                String scope = d.discount().lineId() == null ? "order"
                        : o.line(d.discount().lineId()).map(OrderLine::name).orElse("line");
                rows.add(new Rows.Discount(discountTimes.get(d.discount().discountId()), o.number(), scope,
                        d.discount().reason(), employee(d.approverId()), now - previous));
                previous = now;
            }
            return rows;
        }

        private Order withDiscounts(Order o, int n) {
            return new Order(o.id(), o.number(), o.type(), o.tableId(), o.guests(), o.employeeId(), o.currency(),
                    o.status(), o.lines(), o.discounts().subList(0, n), o.payments(), o.refunds(), o.fireCount(),
                    o.voidReason());
        }

        private List<Rows.ShiftCash> shiftRows() {
            List<Rows.ShiftCash> rows = new ArrayList<>();
            for (Shift s : shifts.values()) {
                Instant[] times = shiftTimes.get(s.shiftId());
                boolean overlaps = times[0].isBefore(period.to()) && (times[1] == null || !times[1].isBefore(period.from()));
                if (!overlaps) {
                    continue;
                }
                Long over = s.overShort().isPresent() ? s.overShort().getAsLong() : null;
                rows.add(new Rows.ShiftCash(s.shiftId(), employee(s.employeeId()), times[0], times[1],
                        s.openingFloat(), s.cashSales(), s.cashRefunds(), s.payIns(), s.payOuts(), s.drops(),
                        s.expectedCash(), s.countedCash(), over));
            }
            return rows;
        }
    }

    /** Sales grouped by a key, keeping first-seen names, sorted by net sales descending. */
    private static final class Sums {
        private final Map<String, String> names = new LinkedHashMap<>();
        private final Map<String, long[]> values = new LinkedHashMap<>();
        private final Map<String, java.util.Set<String>> orders = new HashMap<>();

        void touch(String key, String name) {
            names.putIfAbsent(key, name);
            values.computeIfAbsent(key, k -> new long[3]);
        }

        void add(String key, String name, long qty, String orderId, long gross, long net) {
            touch(key, name);
            long[] v = values.get(key);
            v[0] += qty;
            v[1] += gross;
            v[2] += net;
            orders.computeIfAbsent(key, k -> new java.util.HashSet<>()).add(orderId);
        }

        private Rows.Sales row(String key) {
            long[] v = values.get(key);
            return new Rows.Sales(key, names.get(key), v[0], orders.getOrDefault(key, java.util.Set.of()).size(), v[1],
                    v[1] - v[2], v[2]);
        }

        List<Rows.Sales> rows() {
            return values.keySet().stream().map(this::row)
                    .sorted(Comparator.comparingLong(Rows.Sales::net).reversed().thenComparing(Rows.Sales::name))
                    .toList();
        }

        List<Rows.Sales> rowsInKeyOrder() {
            return values.keySet().stream().sorted().map(this::row).toList();
        }
    }
}

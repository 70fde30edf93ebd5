package app.brigade.reports;

import app.brigade.model.catalog.Catalog;
import app.brigade.model.catalog.Employee;
import app.brigade.model.catalog.Role;
import app.brigade.model.catalog.TenderType;
import app.brigade.model.event.CardDetails;
import app.brigade.model.event.CashMovement;
import app.brigade.model.event.CashMovementKind;
import app.brigade.model.event.DiscountApplied;
import app.brigade.model.event.DiscountKind;
import app.brigade.model.event.EventPayload;
import app.brigade.model.event.LineAdded;
import app.brigade.model.event.LineVoided;
import app.brigade.model.event.OrderClosed;
import app.brigade.model.event.OrderFired;
import app.brigade.model.event.OrderOpened;
import app.brigade.model.event.OrderRefunded;
import app.brigade.model.event.OrderType;
import app.brigade.model.event.OrderVoided;
import app.brigade.model.event.PaymentAdded;
import app.brigade.model.event.ShiftClosed;
import app.brigade.model.event.ShiftOpened;
import app.brigade.model.order.LineFactory;
import app.brigade.model.order.LineRequest;
import app.brigade.model.protocol.CatalogCodec;
import app.brigade.model.protocol.Event;
import app.brigade.model.protocol.EventFactory;
import app.brigade.model.protocol.HlcClock;
import app.brigade.model.protocol.UuidV7;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A business day on the demo restaurant, scripted event by event, whose figures are worked out by
 * hand in {@code ReportCalculatorTest}.
 */
public final class ScriptedDay {

    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    public static final LocalDate DAY = LocalDate.of(2026, 11, 20);
    public static final Catalog CATALOG = withEveningManager(new CatalogCodec().demoRestaurant());
    private static final String MARIA = "emp-maria";
    private static final String TOM = "emp-tom";

    private final AtomicLong clock = new AtomicLong();
    private final EventFactory factory = new EventFactory("pos-1", new UuidV7(clock::get), new HlcClock(clock::get));
    private final LineFactory lines = new LineFactory(CATALOG);
    private final List<Event> events = new ArrayList<>();

    public static List<Event> events() {
        return new ScriptedDay().script();
    }

    /** The demo restaurant plus a second manager, Tom, so discounts can be told apart by approver. */
    private static Catalog withEveningManager(Catalog demo) {
        Employee maria = demo.employee(MARIA).orElseThrow();
        List<Employee> staff = new ArrayList<>(demo.employees());
        staff.add(new Employee(TOM, "Tom", Role.MANAGER, maria.pin(), true));
        return new Catalog(demo.version(), demo.settings(), demo.categories(), demo.items(), demo.modifierGroups(),
                demo.taxClasses(), demo.stations(), staff, demo.tables(), demo.tenders());
    }

    private void at(String time) {
        clock.set(DAY.atTime(LocalTime.parse(time)).atZone(ZONE).toInstant().toEpochMilli());
    }

    private void rec(String time, String actor, String approver, EventPayload payload) {
        at(time);
        events.add(factory.create(events.size() + 1, payload, actor, approver));
    }

    private LineAdded line(String orderId, String lineId, String itemName, int qty, String... modifiers) {
        String itemId = CATALOG.items().stream().filter(i -> i.name().equals(itemName)).findFirst().orElseThrow().id();
        return lines.line(orderId, lineId, new LineRequest(itemId, qty, List.of(modifiers), 0, 0, "")).orThrow();
    }

    private static OrderFired fire(String orderId, String number, String... lineIds) {
        return new OrderFired(orderId, number, OrderType.DINE_IN, "", "", 0, false, List.of(lineIds), List.of());
    }

    private List<Event> script() {
        rec("09:00", "emp-carl", null, new ShiftOpened("s1", "emp-carl", 15_000, "EUR"));
        rec("10:00", "emp-carl", MARIA, new CashMovement("s1", "m1", CashMovementKind.PAY_IN, 2_000, "change"));
        rec("11:00", "emp-carl", MARIA, new CashMovement("s1", "m2", CashMovementKind.PAY_OUT, 1_200, "milk"));
        rec("11:30", "emp-carl", MARIA, new CashMovement("s1", "m3", CashMovementKind.NO_SALE, 0, "change for guest"));

        rec("12:00", "emp-carl", null, new OrderOpened("o1", "A-001", OrderType.DINE_IN, "t1", 2, "emp-carl", "EUR"));
        rec("12:00", "emp-carl", null, line("o1", "o1-1", "Classic Burger", 1, "don-medium", "side-fries"));
        rec("12:00", "emp-carl", null, line("o1", "o1-2", "Cola", 2));
        rec("12:01", "emp-carl", null, fire("o1", "A-001", "o1-1", "o1-2"));
        rec("12:20", "emp-carl", MARIA, new DiscountApplied("o1", "d1", null, DiscountKind.PERCENT, 1000, 0, "regular"));
        rec("12:30", "emp-carl", null, PaymentAdded.card("o1", "p1", "s1", 1_000, 100,
                new CardDetails("VISA", "4242", "A1B2C3")));
        rec("12:31", "emp-carl", null, PaymentAdded.cash("o1", "p2", "s1", 872, 0, 1_000));
        rec("12:31", "emp-carl", null, new OrderClosed("o1"));

        rec("13:00", "emp-clara", null, new OrderOpened("o2", "A-002", OrderType.TAKEOUT, null, 1, "emp-clara", "EUR"));
        rec("13:00", "emp-clara", null, line("o2", "o2-1", "Caesar Salad", 1, "dr-ranch"));
        rec("13:00", "emp-clara", null, line("o2", "o2-2", "Espresso", 1));
        rec("13:00", "emp-clara", null, line("o2", "o2-3", "Cappuccino", 1, "milk-oat"));
        rec("13:01", "emp-clara", null, new LineVoided("o2", "o2-2", "mistake"));
        rec("13:02", "emp-clara", null, fire("o2", "A-002", "o2-1", "o2-3"));
        rec("13:05", "emp-clara", MARIA, new LineVoided("o2", "o2-3", "spilled"));
        rec("13:06", "emp-clara", TOM, new DiscountApplied("o2", "d2", "o2-1", DiscountKind.AMOUNT, 0, 150,
                "staff meal"));
        rec("13:08", "emp-clara", TOM, new DiscountApplied("o2", "d3", null, DiscountKind.PERCENT, 1000, 0, "regular"));
        rec("13:10", "emp-clara", null, PaymentAdded.cash("o2", "p3", "s1", 905, 0, 2_000));
        rec("13:10", "emp-clara", null, new OrderClosed("o2"));

        rec("14:00", "emp-carl", null, new OrderOpened("o3", "A-003", OrderType.DINE_IN, "t2", 3, "emp-carl", "EUR"));
        rec("14:00", "emp-carl", null, line("o3", "o3-1", "Classic Burger", 2, "don-rare", "side-salad"));
        rec("14:01", "emp-carl", null, fire("o3", "A-003", "o3-1"));
        rec("14:10", "emp-carl", MARIA, new OrderVoided("o3", "guests left"));

        rec("15:00", "emp-clara", MARIA, new OrderRefunded("o2", "r1", "s1", TenderType.CASH, 500, List.of("o2-1"),
                "cold food"));

        rec("16:00", "emp-carl", null, new OrderOpened("o4", "A-004", OrderType.DINE_IN, "t3", 1, "emp-carl", "EUR"));
        rec("16:00", "emp-carl", null, line("o4", "o4-1", "Cola", 1));

        rec("17:00", "emp-carl", null, new ShiftClosed("s1", 17_000, Map.of(5_000L, 3, 1_000L, 2)));
        return events;
    }
}

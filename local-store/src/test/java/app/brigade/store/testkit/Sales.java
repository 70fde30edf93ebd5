package app.brigade.store.testkit;

import app.brigade.model.catalog.StoreSettings;
import app.brigade.model.event.CashMovement;
import app.brigade.model.event.CashMovementKind;
import app.brigade.model.event.EventPayload;
import app.brigade.model.event.FiredTicket;
import app.brigade.model.event.LineAdded;
import app.brigade.model.event.OrderClosed;
import app.brigade.model.event.OrderFired;
import app.brigade.model.event.OrderOpened;
import app.brigade.model.event.OrderType;
import app.brigade.model.event.PaymentAdded;
import app.brigade.model.event.ShiftOpened;
import app.brigade.model.event.TicketLine;
import app.brigade.model.protocol.AggregateIds;
import app.brigade.store.api.RecordResult;
import app.brigade.store.api.Store;
import app.brigade.store.api.StoreOptions;
import app.brigade.store.projection.BusinessDay;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;

/** Builds realistic sales for tests: a takeout order with one tax-inclusive line, fired, paid in cash and closed. */
public final class Sales {

    public static final String DEVICE = "pos-1";
    public static final String CASHIER = "emp-ann";
    public static final String MANAGER = "emp-mia";
    public static final long UNIT_PRICE = 1250;
    public static final StoreSettings SETTINGS = StoreSettings.simple("Test Bistro", Currency.getInstance("EUR"));

    private Sales() {
    }

    public static StoreOptions options(Path folder) {
        return StoreOptions.defaults(folder, DEVICE, "A", SETTINGS)
                .withBusinessDay(new BusinessDay(ZoneOffset.UTC, LocalTime.of(4, 0)));
    }

    public static String id(String kind) {
        return AggregateIds.next(kind);
    }

    public static OrderOpened opened(String orderId, String number) {
        return new OrderOpened(orderId, number, OrderType.TAKEOUT, null, 0, CASHIER, "EUR");
    }

    public static LineAdded line(String orderId, String lineId, int quantity) {
        return new LineAdded(orderId, lineId, "item-burger", "Burger", "cat-mains", UNIT_PRICE, quantity, "tax-std",
                1000, true, List.of("grill"), List.of(), 0, 0, "");
    }

    public static OrderFired fired(String orderId, String number, String lineId, int quantity, String ticketId) {
        return new OrderFired(orderId, number, OrderType.TAKEOUT, "", "Ann", 1_700_000_000_000L, false,
                List.of(lineId), List.of(new FiredTicket(ticketId, "grill",
                        List.of(new TicketLine(lineId, "Burger", quantity, List.of(), "", 0, 0)))));
    }

    public static PaymentAdded cash(String orderId, String shiftId, long amount) {
        return PaymentAdded.cash(orderId, id("pay"), shiftId, amount, 0, amount);
    }

    public static ShiftOpened shift(String shiftId) {
        return new ShiftOpened(shiftId, CASHIER, 10_000, "EUR");
    }

    public static CashMovement payIn(String shiftId, long amount) {
        return new CashMovement(shiftId, id("mov"), CashMovementKind.PAY_IN, amount, "float top-up");
    }

    /** One whole sale recorded in a single call: open, line, fire, pay, close. */
    public static List<EventPayload> wholeSale(String orderId, String number, String shiftId, int quantity) {
        String lineId = id("line");
        return List.of(opened(orderId, number), line(orderId, lineId, quantity),
                fired(orderId, number, lineId, quantity, id("tkt")), cash(orderId, shiftId, UNIT_PRICE * quantity),
                new OrderClosed(orderId));
    }

    /** Records a whole sale and returns its committed result. */
    public static RecordResult sell(Store store, String shiftId, int quantity) {
        return store.record(CASHIER, null, wholeSale(id("ord"), store.nextOrderNumber(), shiftId, quantity));
    }
}

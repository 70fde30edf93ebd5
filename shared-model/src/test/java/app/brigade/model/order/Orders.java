package app.brigade.model.order;

import app.brigade.model.catalog.StoreSettings;
import app.brigade.model.catalog.TaxRounding;
import app.brigade.model.event.LineAdded;
import app.brigade.model.event.LineModifier;
import app.brigade.model.event.OrderEvent;
import app.brigade.model.event.OrderOpened;
import app.brigade.model.event.OrderType;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;

/** Test helpers that build orders from events in a line or two. */
public final class Orders {

    public static final Currency EUR = Currency.getInstance("EUR");
    public static final StoreSettings STORE = StoreSettings.simple("Test", EUR);

    private Orders() {
    }

    public static StoreSettings store(TaxRounding rounding, RoundingMode mode, long cashIncrement) {
        return new StoreSettings("Test", "", EUR, rounding, mode, cashIncrement);
    }

    public static OrderOpened opened(String orderId) {
        return new OrderOpened(orderId, "A-001", OrderType.DINE_IN, "t1", 2, "emp-carl", "EUR");
    }

    /** A line: {@code price} in cents, tax rate in basis points, inclusive or not. */
    public static LineAdded line(String lineId, long price, int qty, int rateBp, boolean inclusive) {
        return new LineAdded("o1", lineId, "item-" + lineId, "Item " + lineId, "cat", price, qty, "tax", rateBp,
                inclusive, List.of("grill"), List.of(), 0, 0, "");
    }

    public static LineAdded lineWithModifier(String lineId, long price, long delta) {
        return new LineAdded("o1", lineId, "item-" + lineId, "Burger", "cat", price, 1, "tax", 700, false,
                List.of("grill"), List.of(new LineModifier("extras", "cheese", "Extra cheese", delta)), 1, 1,
                "no salt");
    }

    /** Folds the events without checks, as a replay would. */
    public static Order fold(OrderEvent... events) {
        Order o = Order.open(opened("o1"));
        for (OrderEvent e : events) {
            o = o.apply(e, "emp-maria");
        }
        return o;
    }
}

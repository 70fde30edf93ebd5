package app.brigade.model.protocol;

import app.brigade.model.event.CashMovement;
import app.brigade.model.event.CatalogPublished;
import app.brigade.model.event.DayClosed;
import app.brigade.model.event.DiscountApplied;
import app.brigade.model.event.EmployeeChanged;
import app.brigade.model.event.EventPayload;
import app.brigade.model.event.LineAdded;
import app.brigade.model.event.LineQuantityChanged;
import app.brigade.model.event.LineVoided;
import app.brigade.model.event.LinesMovedIn;
import app.brigade.model.event.LinesMovedOut;
import app.brigade.model.event.OrderClosed;
import app.brigade.model.event.OrderFired;
import app.brigade.model.event.OrderOpened;
import app.brigade.model.event.OrderRefunded;
import app.brigade.model.event.OrderTransferred;
import app.brigade.model.event.OrderVoided;
import app.brigade.model.event.PaymentAdded;
import app.brigade.model.event.PaymentVoided;
import app.brigade.model.event.ShiftClosed;
import app.brigade.model.event.ShiftOpened;
import app.brigade.model.event.TicketBumped;
import app.brigade.model.event.TicketItemDone;
import app.brigade.model.event.TicketRecalled;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The registry of payload types this build understands, by wire name. */
public final class EventTypes {

    private static final List<Class<? extends EventPayload>> ALL = List.of(
            OrderOpened.class, LineAdded.class, LineQuantityChanged.class, LineVoided.class, OrderFired.class,
            DiscountApplied.class, PaymentAdded.class, PaymentVoided.class, OrderClosed.class, OrderRefunded.class,
            OrderVoided.class, OrderTransferred.class, LinesMovedOut.class, LinesMovedIn.class, TicketItemDone.class,
            TicketBumped.class, TicketRecalled.class,
            ShiftOpened.class, CashMovement.class, ShiftClosed.class, DayClosed.class, CatalogPublished.class,
            EmployeeChanged.class);

    private static final Map<String, Class<? extends EventPayload>> BY_NAME = new LinkedHashMap<>();

    static {
        for (Class<? extends EventPayload> type : ALL) {
            BY_NAME.put(type.getSimpleName(), type);
        }
    }

    private EventTypes() {
    }

    public static Optional<Class<? extends EventPayload>> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    public static List<Class<? extends EventPayload>> all() {
        return ALL;
    }
}

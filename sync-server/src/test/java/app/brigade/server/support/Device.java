package app.brigade.server.support;

import app.brigade.model.event.EventPayload;
import app.brigade.model.event.LineAdded;
import app.brigade.model.event.OrderClosed;
import app.brigade.model.event.OrderOpened;
import app.brigade.model.event.OrderType;
import app.brigade.model.event.PaymentAdded;
import app.brigade.model.protocol.Event;
import app.brigade.model.protocol.EventCodec;
import app.brigade.model.protocol.EventFactory;
import app.brigade.model.protocol.HlcClock;
import app.brigade.model.protocol.UuidV7;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** An enrolled test terminal: its id, its token, and a factory for its next events in sequence. */
public final class Device {

    private static final EventCodec CODEC = new EventCodec();

    private final String id;
    private final String token;
    private final EventFactory factory;
    private final AtomicLong seq = new AtomicLong();

    public Device(String id, String token) {
        this.id = id;
        this.token = token;
        this.factory = new EventFactory(id, UuidV7.systemClock(), new HlcClock(System::currentTimeMillis));
    }

    public String id() {
        return id;
    }

    public String token() {
        return token;
    }

    public Event next(EventPayload payload) {
        return factory.create(seq.incrementAndGet(), payload, "emp-1", null);
    }

    /** An order of {@code lines} lines of 450 minor units each, paid in cash and closed. */
    public List<Event> paidOrder(String orderId, int lines) {
        List<Event> out = new ArrayList<>();
        out.add(next(new OrderOpened(orderId, "A-" + orderId.hashCode() % 1000, OrderType.TAKEOUT, null, 1, "emp-1",
                "EUR")));
        for (int i = 0; i < lines; i++) {
            out.add(next(line(orderId, orderId + "-l" + i, "Burger", 450, "")));
        }
        out.add(next(PaymentAdded.cash(orderId, orderId + "-p", "shift-1", 450L * lines, 0, 450L * lines + 50)));
        out.add(next(new OrderClosed(orderId)));
        return out;
    }

    public static LineAdded line(String orderId, String lineId, String name, long price, String note) {
        return new LineAdded(orderId, lineId, "item-1", name, "cat-1", price, 1, "tax-std", 2000, true, List.of(),
                List.of(), 0, 0, note);
    }

    public static LineAdded line(String orderId) {
        return line(orderId, "line-" + UUID.randomUUID(), "Fries", 300, "");
    }

    public static String batch(List<Event> events) {
        return CODEC.writeBatch(events);
    }

    public static String batch(Event... events) {
        return CODEC.writeBatch(List.of(events));
    }

    public static EventCodec codec() {
        return CODEC;
    }
}

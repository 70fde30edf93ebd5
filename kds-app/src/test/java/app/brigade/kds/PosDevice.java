package app.brigade.kds;

import app.brigade.model.event.EventPayload;
import app.brigade.model.event.FiredTicket;
import app.brigade.model.event.LineVoided;
import app.brigade.model.event.OrderFired;
import app.brigade.model.event.OrderType;
import app.brigade.model.event.OrderVoided;
import app.brigade.model.event.TicketLine;
import app.brigade.model.protocol.Event;
import app.brigade.model.protocol.EventFactory;
import app.brigade.model.protocol.HlcClock;
import app.brigade.model.protocol.UuidV7;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A POS terminal in tests: makes the envelopes a real POS would send to the kitchen. */
public final class PosDevice {

    private final EventFactory factory;
    private long seq;

    public PosDevice(String deviceId) {
        this.factory = new EventFactory(deviceId, new UuidV7(System::currentTimeMillis),
                new HlcClock(System::currentTimeMillis));
    }

    public static String id() {
        return UUID.randomUUID().toString();
    }

    public static TicketLine line(String name, int quantity, List<String> modifiers, String note) {
        return new TicketLine(id(), name, quantity, modifiers, note, 0, 1);
    }

    public static TicketLine line(String name, int quantity) {
        return line(name, quantity, List.of(), "");
    }

    public static FiredTicket ticket(String station, TicketLine... lines) {
        return new FiredTicket(id(), station, List.of(lines));
    }

    /** An order fired to the kitchen now (dine-in at table 4, server Maria). */
    public Event fire(String orderId, String number, FiredTicket... tickets) {
        return fire(orderId, number, System.currentTimeMillis(), false, tickets);
    }

    public Event fire(String orderId, String number, long firedAt, boolean addOn, FiredTicket... tickets) {
        List<String> lineIds = new ArrayList<>();
        for (FiredTicket t : tickets) {
            t.lines().forEach(l -> lineIds.add(l.lineId()));
        }
        return event(new OrderFired(orderId, number, OrderType.DINE_IN, "4", "Maria", firedAt, addOn, lineIds,
                List.of(tickets)));
    }

    /** A send the cashier marked RUSH. */
    public Event fireRushed(String orderId, String number, FiredTicket... tickets) {
        List<String> lineIds = new ArrayList<>();
        for (FiredTicket t : tickets) {
            t.lines().forEach(l -> lineIds.add(l.lineId()));
        }
        return event(new OrderFired(orderId, number, OrderType.DINE_IN, "4", "Maria", System.currentTimeMillis(),
                false, lineIds, List.of(tickets), true));
    }

    public Event voidLine(String orderId, String lineId) {
        return event(new LineVoided(orderId, lineId, "guest changed mind"));
    }

    public Event voidOrder(String orderId) {
        return event(new OrderVoided(orderId, "guest left"));
    }

    public Event event(EventPayload payload) {
        return factory.create(++seq, payload, "emp-maria", "emp-boss");
    }
}

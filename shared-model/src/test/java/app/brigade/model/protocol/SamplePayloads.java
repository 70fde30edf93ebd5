package app.brigade.model.protocol;

import app.brigade.model.catalog.Role;
import app.brigade.model.catalog.TenderType;
import app.brigade.model.event.CardDetails;
import app.brigade.model.event.CashMovement;
import app.brigade.model.event.CashMovementKind;
import app.brigade.model.event.CatalogPublished;
import app.brigade.model.event.DayClosed;
import app.brigade.model.event.DiscountApplied;
import app.brigade.model.event.DiscountKind;
import app.brigade.model.event.EmployeeChanged;
import app.brigade.model.event.EventPayload;
import app.brigade.model.event.FiredTicket;
import app.brigade.model.event.LineAdded;
import app.brigade.model.event.LineModifier;
import app.brigade.model.event.LineQuantityChanged;
import app.brigade.model.event.LineVoided;
import app.brigade.model.event.LinesMovedIn;
import app.brigade.model.event.LinesMovedOut;
import app.brigade.model.event.MovedDiscount;
import app.brigade.model.event.MovedLine;
import app.brigade.model.event.OrderClosed;
import app.brigade.model.event.OrderFired;
import app.brigade.model.event.OrderOpened;
import app.brigade.model.event.OrderRefunded;
import app.brigade.model.event.OrderTransferred;
import app.brigade.model.event.OrderType;
import app.brigade.model.event.OrderVoided;
import app.brigade.model.event.PaymentAdded;
import app.brigade.model.event.PaymentVoided;
import app.brigade.model.event.ShiftClosed;
import app.brigade.model.event.ShiftOpened;
import app.brigade.model.event.TicketBumped;
import app.brigade.model.event.TicketItemDone;
import app.brigade.model.event.TicketLine;
import app.brigade.model.event.TicketRecalled;
import java.util.List;
import java.util.Map;

/** One filled-in example of every payload type, with non-default values in every field. */
final class SamplePayloads {

    private SamplePayloads() {
    }

    static List<EventPayload> all() {
        return List.of(
                new OrderOpened("o1", "A-042", OrderType.DINE_IN, "t4", 3, "emp-carl", "EUR"),
                new LineAdded("o1", "l1", "item-015", "Classic Burger", "burgers", 1290, 2, "food", 700, false,
                        List.of("grill"), List.of(new LineModifier("doneness", "don-medium", "Medium", 0),
                                new LineModifier("burger-extras", "ex-bacon", "Bacon", 150)), 2, 1,
                        "allergy: nuts — ünd €"),
                new LineQuantityChanged("o1", "l1", 3),
                new LineVoided("o1", "l1", "guest changed mind"),
                new OrderFired("o1", "A-042", OrderType.TAKEOUT, "Table 4", "Carl", 1_732_000_000_000L, true,
                        List.of("l1", "l2"), List.of(new FiredTicket("tk1", "grill",
                                List.of(new TicketLine("l1", "Classic Burger", 2, List.of("Medium"), "no salt", 2, 1)))),
                        true),
                new DiscountApplied("o1", "d1", "l1", DiscountKind.PERCENT, 1500, 0, "staff meal"),
                new PaymentAdded("o1", "p1", "s1", "card", TenderType.CARD, 1500, 200, 0, 0,
                        new CardDetails("VISA", "4242", "A1B2C3")),
                new PaymentVoided("o1", "p1", "declined"),
                new OrderClosed("o1"),
                new OrderRefunded("o1", "r1", "s1", TenderType.CASH, 500, List.of("l1"), "cold"),
                new OrderVoided("o1", "walked out"),
                new OrderTransferred("o1", "t9", "emp-clara"),
                new LinesMovedOut("o1", "o2", List.of("l1", "l2")),
                new LinesMovedIn("o2", "o1", List.of(new MovedLine(
                        new LineAdded("o1", "l1", "item-015", "Classic Burger", "burgers", 1290, 2, "food", 700, false,
                                List.of("grill"), List.of(new LineModifier("burger-extras", "ex-bacon", "Bacon", 150)),
                                2, 1, "no onions"),
                        3, true, List.of("tk1", "tk2"), List.of(new MovedDiscount(
                                new DiscountApplied("o1", "d1", "l1", DiscountKind.AMOUNT, 0, 200, "cold"),
                                "emp-maria"))))),
                new TicketItemDone("tk1", "o1", "l1", true),
                new TicketBumped("tk1", "o1", "grill"),
                new TicketRecalled("tk1", "o1", "grill"),
                new ShiftOpened("s1", "emp-carl", 15_000, "EUR"),
                new CashMovement("s1", "m1", CashMovementKind.PAY_OUT, 2_000, "milk delivery"),
                new ShiftClosed("s1", 17_050, Map.of(5000L, 3, 1000L, 2, 50L, 1)),
                new DayClosed("day-2026-11-21", "2026-11-21", 7),
                new CatalogPublished(12, "\"v12\""),
                new EmployeeChanged("emp-new", "Nina", Role.CASHIER, true));
    }
}

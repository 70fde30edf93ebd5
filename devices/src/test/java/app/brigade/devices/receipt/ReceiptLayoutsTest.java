package app.brigade.devices.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import app.brigade.devices.testing.Samples;
import app.brigade.model.catalog.StoreSettings;
import app.brigade.model.event.CardDetails;
import app.brigade.model.event.DiscountApplied;
import app.brigade.model.event.DiscountKind;
import app.brigade.model.event.FiredTicket;
import app.brigade.model.event.LineAdded;
import app.brigade.model.event.LineModifier;
import app.brigade.model.event.OrderEvent;
import app.brigade.model.event.OrderFired;
import app.brigade.model.event.OrderOpened;
import app.brigade.model.event.OrderType;
import app.brigade.model.event.PaymentAdded;
import app.brigade.model.event.TicketLine;
import app.brigade.model.order.Order;
import app.brigade.model.order.OrderTotals;
import app.brigade.model.order.TotalsCalculator;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The domain adapter maps a real order and its computed totals onto the layouts. */
class ReceiptLayoutsTest {

    private static final StoreSettings SETTINGS = StoreSettings.simple("Café Brigade", Currency.getInstance("EUR"));
    private final ReceiptLayouts layouts = new ReceiptLayouts(Samples.STORE, Samples.EURO, "VAT", ZoneOffset.UTC);

    private static Order order(OrderEvent... events) {
        Order order = Order.open(new OrderOpened("o-42", "A-042", OrderType.DINE_IN, "t12", 2, "emp-zoe", "EUR"));
        for (OrderEvent event : events) {
            order = order.apply(event, "emp-manager");
        }
        return order;
    }

    @Test
    void paidOrderBecomesAReceiptWithModifiersDiscountTaxesTendersAndChange() {
        Order order = order(
                new LineAdded("o-42", "l1", "steak", "Entrecôte", "mains", 2450, 1, "food", 1000, true,
                        List.of("grill"), List.of(new LineModifier("sauce", "bearnaise", "Sauce béarnaise", 250)), 1, 1,
                        "bien cuit"),
                new LineAdded("o-42", "l2", "water", "Eau", "drinks", 450, 2, "drinks", 2000, true,
                        List.of("bar"), List.of(), 1, 1, ""),
                new DiscountApplied("o-42", "d1", null, DiscountKind.AMOUNT, 0, 300, "Fidélité"),
                PaymentAdded.card("o-42", "p1", "s1", 2000, 100, new CardDetails("Visa", "4242", "A1B2C3")),
                PaymentAdded.cash("o-42", "p2", "s1", 1300, 0, 2000));
        OrderTotals totals = TotalsCalculator.compute(order, SETTINGS);

        CustomerReceipt receipt = layouts.toCustomerReceipt(order, totals,
                new ReceiptContext(LocalDateTime.of(2025, 1, 31, 19, 42), "Zoë", "Table 12", List.of("Merci !")));

        assertThat(receipt.items()).containsExactly(
                new ReceiptItem(1, "Entrecôte", 2450, List.of(new ReceiptItem.ReceiptModifier("Sauce béarnaise", 250)),
                        "bien cuit"),
                new ReceiptItem(2, "Eau", 900, List.of(), ""));
        assertThat(receipt.subtotalMinor()).isEqualTo(3600);
        assertThat(receipt.discounts()).containsExactly(new Adjustment("Discount Fidélité", -300));
        assertThat(receipt.totalMinor()).isEqualTo(3300);
        assertThat(receipt.taxes()).extracting(TaxLine::rateBasisPoints).containsExactly(1000, 2000);
        assertThat(receipt.tenders()).containsExactly(new Tender.Card("Visa", "4242", "A1B2C3", 2000, 100),
                new Tender.Cash(2000));
        assertThat(receipt.changeMinor()).isEqualTo(700);

        String text = new ReceiptTextRenderer(42).render(layouts.customerReceipt(order, totals,
                new ReceiptContext(LocalDateTime.of(2025, 1, 31, 19, 42), "Zoë", "Table 12", List.of("Merci !")))).getFirst();
        assertThat(text).contains("Visa ****4242", "  Tip", "[QR: o-42]").containsPattern("TOTAL +€33\\.00")
                .containsPattern("Change +7\\.00").doesNotContain("4242424242");
    }

    @Test
    void eachStationTicketOfAFireBecomesItsOwnChit() {
        OrderFired fired = new OrderFired("o-42", "A-042", OrderType.DINE_IN, "Table 12", "Zoë",
                LocalDateTime.of(2025, 1, 31, 19, 30).toInstant(ZoneOffset.UTC).toEpochMilli(), false,
                List.of("l1", "l2"),
                List.of(new FiredTicket("t1", "grill", List.of(new TicketLine("l1", "Entrecôte", 1,
                                List.of("Saignant"), "allergie: noix", 2, 1))),
                        new FiredTicket("t2", "bar", List.of(new TicketLine("l2", "Mojito", 2, List.of(), "", 0, 1)))));

        List<ReceiptDocument> chits = layouts.kitchenChits(fired, id -> id.equals("grill") ? "Grill" : "Bar");

        ReceiptTextRenderer renderer = new ReceiptTextRenderer(42);
        assertThat(renderer.render(chits.get(0)).getFirst()).contains("GRILL", "A-042", "Fired 2025-01-31 19:30",
                "1 x Entrecôte", "  + Saignant", "  ! allergie: noix", "  Seat 2").doesNotContain("Mojito");
        assertThat(renderer.render(chits.get(1)).getFirst()).contains("BAR", "2 x Mojito").doesNotContain("Entrecôte");
        assertThat(renderer.render(chits.get(0)).getFirst()).doesNotContain("RUSH");

        OrderFired rushed = new OrderFired(fired.orderId(), fired.orderNumber(), fired.orderType(), fired.tableName(),
                fired.employeeName(), fired.firedAtMillis(), true, fired.lineIds(), fired.tickets(), true);
        assertThat(renderer.render(layouts.kitchenChits(rushed, id -> "Grill").getFirst()).getFirst())
                .contains("RUSH", "ADD-ON", "1 x Entrecôte");
    }
}

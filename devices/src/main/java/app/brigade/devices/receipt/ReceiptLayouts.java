package app.brigade.devices.receipt;

import app.brigade.model.catalog.TenderType;
import app.brigade.model.event.FiredTicket;
import app.brigade.model.event.LineAdded;
import app.brigade.model.event.LineModifier;
import app.brigade.model.event.OrderFired;
import app.brigade.model.event.PaymentAdded;
import app.brigade.model.order.AppliedDiscount;
import app.brigade.model.order.Order;
import app.brigade.model.order.OrderLine;
import app.brigade.model.order.OrderTotals;
import app.brigade.model.order.Payment;
import app.brigade.model.order.TaxAmount;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Thin adapter from the domain ({@link Order}, {@link OrderTotals}, {@link OrderFired}) to the
 * printable layouts; all arithmetic stays in the domain's totals calculator.
 */
public final class ReceiptLayouts {

    private final StoreHeader store;
    private final LayoutStyle style;
    private final String taxLabel;
    private final ZoneId zone;

    /** Layouts for one store, labelling taxes with {@code taxLabel} ("VAT", "TVA", "Tax"). */
    public ReceiptLayouts(StoreHeader store, LayoutStyle style, String taxLabel, ZoneId zone) {
        this.store = store;
        this.style = style;
        this.taxLabel = taxLabel;
        this.zone = zone;
    }

    /** The customer receipt of an order with its computed totals. */
    public ReceiptDocument customerReceipt(Order order, OrderTotals totals, ReceiptContext context) {
        return new CustomerReceiptLayout(style).layout(toCustomerReceipt(order, totals, context));
    }

    /** The receipt data for an order, e.g. for an on-screen preview. */
    public CustomerReceipt toCustomerReceipt(Order order, OrderTotals totals, ReceiptContext context) {
        List<ReceiptItem> items = order.activeLines().stream().map(ReceiptLayouts::item).toList();
        List<Adjustment> discounts = totals.discounts() == 0 ? List.of()
                : List.of(new Adjustment("Discount " + reasons(order.discounts()), -totals.discounts()));
        List<TaxLine> taxes = totals.taxes().stream().map(this::tax).toList();
        List<Tender> tenders = order.activePayments().stream().map(Payment::added).map(ReceiptLayouts::tender).toList();
        return new CustomerReceipt(store, order.number(), order.id(), context.at(), context.serverName(),
                context.tableLabel(), items, discounts, totals.subtotal(), taxes, totals.total(), tenders,
                Math.max(0, totals.change()), context.footer());
    }

    /** What the chit shouts above its items: RUSH when the cashier rushed the send, ADD-ON for later lines. */
    private static String banner(OrderFired fired) {
        boolean rush = Boolean.TRUE.equals(fired.rush());
        return rush && fired.addOn() ? "RUSH · ADD-ON" : rush ? "RUSH" : fired.addOn() ? "ADD-ON" : "";
    }

    /** The chit for one station's ticket of a kitchen fire. */
    public ReceiptDocument kitchenChit(OrderFired fired, FiredTicket ticket, String stationName) {
        List<KitchenChit.ChitItem> items = ticket.lines().stream()
                .map(l -> new KitchenChit.ChitItem(l.quantity(), l.name(), l.modifiers(), l.note(), l.seat()))
                .toList();
        LocalDateTime firedAt = LocalDateTime.ofInstant(Instant.ofEpochMilli(fired.firedAtMillis()), zone);
        KitchenChit chit = new KitchenChit(stationName, fired.orderNumber(), fired.tableName(), fired.employeeName(),
                firedAt, items, banner(fired));
        return new KitchenChitLayout(style).layout(chit);
    }

    /** One chit per station ticket of a fire, in ticket order; station names come from the catalog. */
    public List<ReceiptDocument> kitchenChits(OrderFired fired, Function<String, String> stationName) {
        return fired.tickets().stream().map(t -> kitchenChit(fired, t, stationName.apply(t.stationId()))).toList();
    }

    private static ReceiptItem item(OrderLine line) {
        LineAdded added = line.added();
        List<ReceiptItem.ReceiptModifier> modifiers = added.modifiers().stream()
                .map((LineModifier m) -> new ReceiptItem.ReceiptModifier(m.name(),
                        Math.multiplyExact(m.priceDelta(), (long) line.quantity())))
                .toList();
        return new ReceiptItem(line.quantity(), added.name(),
                Math.multiplyExact(added.unitPrice(), (long) line.quantity()), modifiers, added.note());
    }

    private TaxLine tax(TaxAmount tax) {
        return new TaxLine(taxLabel, tax.rateBp(), tax.base(), tax.tax(), tax.inclusive());
    }

    private static Tender tender(PaymentAdded payment) {
        if (payment.tenderType() == TenderType.CASH) {
            return new Tender.Cash(payment.tendered());
        }
        if (payment.tenderType() == TenderType.CARD) {
            return new Tender.Card(payment.card().brand(), payment.card().last4(), payment.card().authCode(),
                    payment.amount(), payment.tip());
        }
        return new Tender.Other(payment.tenderId(), payment.amount() + payment.tip());
    }

    private static String reasons(List<AppliedDiscount> discounts) {
        return discounts.stream().map(d -> d.discount().reason()).collect(Collectors.joining(", "));
    }
}

package app.brigade.model.order;

import app.brigade.model.money.Money;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/**
 * Every figure of an order in minor units. {@code total = subtotal - discounts + exclusiveTax};
 * inclusive tax is already inside the subtotal. {@code due = total - paid}; {@code cashDue} is
 * {@code due} rounded to the store's cash increment, and the order is settled when that is zero.
 */
public record OrderTotals(
        Currency currency,
        long subtotal,
        long discounts,
        List<TaxAmount> taxes,
        long exclusiveTax,
        long inclusiveTax,
        long total,
        long paid,
        long tips,
        long change,
        long refunded,
        long due,
        long cashDue,
        Map<String, Long> lineNets) {

    public OrderTotals {
        taxes = List.copyOf(taxes);
        lineNets = Map.copyOf(lineNets);
    }

    /** True when nothing is left to pay once cash rounding is taken into account. */
    public boolean settled() {
        return due <= 0 || cashDue <= 0;
    }

    /** What may still be refunded: money taken minus money already given back. */
    public long refundable() {
        return paid - refunded;
    }

    public Money money(long minor) {
        return Money.of(minor, currency);
    }
}

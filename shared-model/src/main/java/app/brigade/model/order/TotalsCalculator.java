package app.brigade.model.order;

import app.brigade.model.catalog.StoreSettings;
import app.brigade.model.catalog.TaxRounding;
import app.brigade.model.event.DiscountApplied;
import app.brigade.model.event.DiscountKind;
import app.brigade.model.event.LineAdded;
import app.brigade.model.money.Rounding;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes {@link OrderTotals} exactly in minor units. Rules: line discounts first (capped at the
 * line), then order discounts on what remains, spread over the lines in proportion to their amounts
 * (largest remainder, so the parts add up exactly); tax per line or per rate as the store says;
 * exclusive tax is added, inclusive tax is extracted ({@code net × rate / (1 + rate)}).
 */
public final class TotalsCalculator {

    private static final int BP = 10_000;

    private TotalsCalculator() {
    }

    public static OrderTotals compute(Order order, StoreSettings settings) {
        List<OrderLine> lines = order.activeLines();
        long[] gross = new long[lines.size()];
        long[] net = new long[lines.size()];
        long subtotal = 0;
        for (int i = 0; i < lines.size(); i++) {
            gross[i] = lines.get(i).gross();
            long lineDiscount = 0;
            for (AppliedDiscount d : order.discounts()) {
                if (lines.get(i).lineId().equals(d.discount().lineId())) {
                    lineDiscount += amountOf(d.discount(), gross[i]);
                }
            }
            net[i] = gross[i] - Math.min(Math.max(gross[i], 0), lineDiscount);
            subtotal += gross[i];
        }
        long afterLineDiscounts = sum(net);
        long orderDiscount = 0;
        for (AppliedDiscount d : order.discounts()) {
            if (d.discount().lineId() == null) {
                orderDiscount += amountOf(d.discount(), afterLineDiscounts - orderDiscount);
            }
        }
        orderDiscount = Math.min(orderDiscount, Math.max(afterLineDiscounts, 0));
        long[] share = allocate(orderDiscount, net);
        Map<String, Long> lineNets = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            net[i] -= share[i];
            lineNets.put(lines.get(i).lineId(), net[i]);
        }
        List<TaxAmount> taxes = taxes(lines, net, settings);
        long exclusive = taxes.stream().filter(t -> !t.inclusive()).mapToLong(TaxAmount::tax).sum();
        long inclusive = taxes.stream().filter(TaxAmount::inclusive).mapToLong(TaxAmount::tax).sum();
        long discounts = subtotal - sum(net);
        long total = subtotal - discounts + exclusive;

        long paid = 0;
        long tips = 0;
        long change = 0;
        for (Payment p : order.activePayments()) {
            paid += p.added().amount();
            tips += p.added().tip();
            change += p.added().change();
        }
        long refunded = order.refunds().stream().mapToLong(r -> r.refund().amount()).sum();
        long due = total - paid;
        long cashDue = Rounding.toIncrement(due, settings.cashRoundingIncrement());
        return new OrderTotals(order.currency(), subtotal, discounts, taxes, exclusive, inclusive, total, paid, tips,
                change, refunded, due, cashDue, lineNets);
    }

    private static long amountOf(DiscountApplied d, long base) {
        if (base <= 0) {
            return 0;
        }
        return d.kind() == DiscountKind.PERCENT
                ? Rounding.ratio(base, d.percentBp(), BP, RoundingMode.HALF_UP)
                : Math.min(d.amount(), base);
    }

    private static List<TaxAmount> taxes(List<OrderLine> lines, long[] net, StoreSettings settings) {
        record Key(int rate, boolean inclusive) {
        }
        Map<Key, long[]> byRate = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            LineAdded a = lines.get(i).added();
            Key key = new Key(a.taxRateBp(), a.taxInclusive());
            long[] acc = byRate.computeIfAbsent(key, k -> new long[2]);
            acc[0] += net[i];
            if (settings.taxRounding() == TaxRounding.PER_LINE) {
                acc[1] += tax(net[i], key.rate(), key.inclusive(), settings.roundingMode());
            }
        }
        List<TaxAmount> out = new ArrayList<>();
        byRate.forEach((key, acc) -> {
            long tax = settings.taxRounding() == TaxRounding.PER_LINE
                    ? acc[1]
                    : tax(acc[0], key.rate(), key.inclusive(), settings.roundingMode());
            out.add(new TaxAmount(key.rate(), key.inclusive(), acc[0], tax));
        });
        return out;
    }

    static long tax(long amount, int rateBp, boolean inclusive, RoundingMode mode) {
        return inclusive
                ? Rounding.ratio(amount, rateBp, BP + rateBp, mode)
                : Rounding.ratio(amount, rateBp, BP, mode);
    }

    /** Splits {@code amount} over {@code weights} proportionally; the parts sum exactly to {@code amount}. */
    static long[] allocate(long amount, long[] weights) {
        long[] parts = new long[weights.length];
        long total = 0;
        for (long w : weights) {
            total += Math.max(w, 0);
        }
        if (amount == 0 || total == 0) {
            return parts;
        }
        long given = 0;
        long[] remainders = new long[weights.length];
        for (int i = 0; i < weights.length; i++) {
            long w = Math.max(weights[i], 0);
            java.math.BigInteger[] qr = java.math.BigInteger.valueOf(amount).multiply(java.math.BigInteger.valueOf(w))
                    .divideAndRemainder(java.math.BigInteger.valueOf(total));
            parts[i] = qr[0].longValueExact();
            remainders[i] = qr[1].longValueExact();
            given += parts[i];
        }
        for (long left = amount - given; left > 0; left--) {
            int best = -1;
            for (int i = 0; i < weights.length; i++) {
                if (weights[i] > 0 && (best < 0 || remainders[i] > remainders[best])) {
                    best = i;
                }
            }
            parts[best]++;
            remainders[best] = -1;
        }
        return parts;
    }

    private static long sum(long[] values) {
        long s = 0;
        for (long v : values) {
            s += v;
        }
        return s;
    }
}

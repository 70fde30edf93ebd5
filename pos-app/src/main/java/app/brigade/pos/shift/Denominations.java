package app.brigade.pos.shift;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/**
 * The notes and coins a cashier counts at the blind close, in minor units, largest first, for the
 * store's currency. Known currencies list what is in circulation in a till (no 500 € note, no US
 * half-dollar); any other currency gets the 1-2-5 series from 1 minor unit up to 100 major units.
 */
public final class Denominations {

    private static final Map<String, List<Long>> KNOWN = Map.of(
            "EUR", List.of(10_000L, 5_000L, 2_000L, 1_000L, 500L, 200L, 100L, 50L, 20L, 10L, 5L, 2L, 1L),
            "USD", List.of(10_000L, 5_000L, 2_000L, 1_000L, 500L, 100L, 25L, 10L, 5L, 1L),
            "GBP", List.of(5_000L, 2_000L, 1_000L, 500L, 200L, 100L, 50L, 20L, 10L, 5L, 2L, 1L),
            "CHF", List.of(20_000L, 10_000L, 5_000L, 2_000L, 1_000L, 500L, 200L, 100L, 50L, 20L, 10L, 5L),
            "CAD", List.of(10_000L, 5_000L, 2_000L, 1_000L, 500L, 200L, 100L, 25L, 10L, 5L),
            "JPY", List.of(10_000L, 5_000L, 1_000L, 500L, 100L, 50L, 10L, 5L, 1L));

    private Denominations() {
    }

    public static List<Long> of(Currency currency) {
        List<Long> known = KNOWN.get(currency.getCurrencyCode());
        if (known != null) {
            return known;
        }
        long top = 100 * pow10(Math.max(currency.getDefaultFractionDigits(), 0));
        List<Long> series = new ArrayList<>();
        for (long decade = top; decade >= 1; decade /= 10) {
            for (long step : new long[] {5, 2, 1}) {
                long value = decade * step;
                if (value <= top) {
                    series.add(value);
                }
            }
        }
        return List.copyOf(series);
    }

    private static long pow10(int digits) {
        long v = 1;
        for (int i = 0; i < digits; i++) {
            v *= 10;
        }
        return v;
    }
}

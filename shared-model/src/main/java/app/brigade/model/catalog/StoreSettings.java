package app.brigade.model.catalog;

import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * Store-wide rules: currency, how tax is rounded, and the cash rounding increment in minor units
 * (1 = none, 5 = round cash totals to 0.05).
 */
public record StoreSettings(
        String storeName,
        String address,
        Currency currency,
        TaxRounding taxRounding,
        RoundingMode roundingMode,
        long cashRoundingIncrement) {

    public StoreSettings {
        Objects.requireNonNull(storeName, "store name");
        Objects.requireNonNull(currency, "currency");
        taxRounding = taxRounding == null ? TaxRounding.PER_LINE : taxRounding;
        roundingMode = roundingMode == null ? RoundingMode.HALF_UP : roundingMode;
        if (cashRoundingIncrement < 1) {
            cashRoundingIncrement = 1;
        }
        address = address == null ? "" : address;
    }

    public static StoreSettings simple(String storeName, Currency currency) {
        return new StoreSettings(storeName, "", currency, TaxRounding.PER_LINE, RoundingMode.HALF_UP, 1);
    }
}

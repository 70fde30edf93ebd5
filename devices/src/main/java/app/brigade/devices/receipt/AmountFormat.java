package app.brigade.devices.receipt;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/** Formats money held as {@code long} minor units for paper, by currency and locale. */
public final class AmountFormat {

    private final Currency currency;
    private final Locale locale;

    /** A format for {@code currency} amounts with {@code locale} separators. */
    public AmountFormat(Currency currency, Locale locale) {
        this.currency = currency;
        this.locale = locale;
    }

    /** A format for an ISO 4217 currency code ("EUR") and a locale. */
    public static AmountFormat of(String currencyCode, Locale locale) {
        return new AmountFormat(Currency.getInstance(currencyCode), locale);
    }

    /** The amount without a symbol, e.g. "1,234.50" or "-2.00". */
    public String plain(long minorUnits) {
        int digits = Math.max(0, currency.getDefaultFractionDigits());
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        format.setGroupingUsed(true);
        return format.format(BigDecimal.valueOf(minorUnits, digits));
    }

    /** The amount with the currency symbol in front, e.g. "€12.50" or "-€2.00". */
    public String withSymbol(long minorUnits) {
        String sign = minorUnits < 0 ? "-" : "";
        return sign + currency.getSymbol(locale) + plain(Math.abs(minorUnits));
    }

    /** A tax rate in basis points as a percentage, e.g. 1900 → "19%", 550 → "5.5%". */
    public static String rate(int basisPoints) {
        return BigDecimal.valueOf(basisPoints, 2).stripTrailingZeros().toPlainString() + "%";
    }
}

package app.brigade.ui.i18n;

import app.brigade.model.money.Money;
import app.brigade.model.text.InputException;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/** Formats and reads amounts the way the terminal's locale writes them (€ 12,50 in German, €12.50 in English). */
public final class MoneyFormat {

    private final Locale locale;
    private final Currency currency;
    private final int digits;
    /**
     * One formatter per thread ({@code NumberFormat} is not thread-safe): building one per call was the
     * largest cost of redrawing a 60-line ticket on every tap (docs/benchmarks.md).
     */
    private final ThreadLocal<NumberFormat> formats = ThreadLocal.withInitial(this::newFormat);

    public MoneyFormat(Locale locale, Currency currency) {
        this.locale = locale;
        this.currency = currency;
        this.digits = Math.max(currency.getDefaultFractionDigits(), 0);
    }

    private NumberFormat newFormat() {
        NumberFormat f = NumberFormat.getCurrencyInstance(locale);
        f.setCurrency(currency);
        f.setMinimumFractionDigits(digits);
        f.setMaximumFractionDigits(digits);
        return f;
    }

    public String format(long minor) {
        return formats.get().format(BigDecimal.valueOf(minor, digits));
    }

    public String format(Money money) {
        return format(money.minor());
    }

    /**
     * Reads a number typed by the cashier ("12,50" in German, "12.50" in English) into minor units.
     *
     * @throws InputException naming what is wrong (empty, a card number, not a number, too many decimals)
     */
    public long parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new InputException("input.amountMissing", "enter an amount");
        }
        if (app.brigade.model.event.CardDetails.looksLikeCardNumber(t)) {
            // Said before "not an amount" or "too large": the cashier typed a card into the wrong field.
            throw new InputException("input.amountIsCardNumber", "that looks like a card number, not an amount;"
                    + " Brigade never takes"
                    + " card numbers (for a card payment enter only the brand, last 4 digits and auth code)");
        }
        if (!groupedByThousands(t)) {
            // "20.00" on a German terminal or "12,50" on an English one: the other convention's decimal
            // point, which the number parser would take as a thousands separator (20.00 -> 2000).
            throw new InputException("input.notAnAmount", "'" + text + "' is not an amount (e.g. " + format(1250) + ")",
                    text, format(1250));
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        if (f instanceof java.text.DecimalFormat df) {
            df.setParseBigDecimal(true);
        }
        java.text.ParsePosition pos = new java.text.ParsePosition(0);
        Object n = f.parse(t, pos);
        if (n == null || pos.getIndex() != t.length()) {
            throw new InputException("input.notAnAmount", "'" + text + "' is not an amount (e.g. " + format(1250) + ")",
                    text, format(1250));
        }
        BigDecimal value = (BigDecimal) n;
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        if (value.stripTrailingZeros().scale() > digits) {
            throw new InputException("input.tooManyDecimals", "'" + text + "' has more than " + digits + " decimals",
                    text, digits);
        }
        return value.movePointRight(digits).longValueExact();
    }

    /**
     * Whether thousands separators, if any, stand only in the whole part and between groups of exactly three
     * digits ("1.234,50" in German), so a separator cannot be a mistyped decimal point.
     */
    private boolean groupedByThousands(String t) {
        java.text.DecimalFormatSymbols symbols = java.text.DecimalFormatSymbols.getInstance(locale);
        char grouping = symbols.getGroupingSeparator();
        char decimal = symbols.getDecimalSeparator();
        int point = t.indexOf(decimal);
        String whole = point < 0 ? t : t.substring(0, point);
        String fraction = point < 0 ? "" : t.substring(point + 1);
        if (fraction.indexOf(grouping) >= 0) {
            return false;
        }
        if (whole.indexOf(grouping) < 0) {
            return true;
        }
        String digits = whole.startsWith("-") || whole.startsWith("+") ? whole.substring(1) : whole;
        String[] groups = digits.split(java.util.regex.Pattern.quote(String.valueOf(grouping)), -1);
        if (groups[0].isEmpty() || groups[0].length() > 3) {
            return false;
        }
        for (int i = 1; i < groups.length; i++) {
            if (groups[i].length() != 3) {
                return false;
            }
        }
        return true;
    }

    public Locale locale() {
        return locale;
    }

    public Currency currency() {
        return currency;
    }

}

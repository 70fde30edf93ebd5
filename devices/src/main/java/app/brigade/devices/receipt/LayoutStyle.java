package app.brigade.devices.receipt;

import app.brigade.devices.escpos.CutMode;
import java.time.format.DateTimeFormatter;

/** Shared settings of the receipt layouts: amount format, date pattern, feed before the cut. */
public record LayoutStyle(AmountFormat amounts, DateTimeFormatter dateTime, int feedBeforeCut, CutMode cut) {

    /** ISO-like dates ("2025-01-31 19:42"), four lines fed before a partial cut. */
    public static LayoutStyle of(AmountFormat amounts) {
        return new LayoutStyle(amounts, DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"), 4, CutMode.PARTIAL);
    }
}

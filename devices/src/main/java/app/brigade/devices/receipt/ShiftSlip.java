package app.brigade.devices.receipt;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * Totals of an X (shift, any time) or Z (day close) report for the printer, in minor units.
 * {@code cashCountedMinor} is {@code null} until the drawer has been counted.
 */
public record ShiftSlip(
        Kind kind,
        StoreHeader store,
        String terminal,
        String periodLabel,
        LocalDateTime from,
        LocalDateTime to,
        String printedBy,
        int orderCount,
        long grossMinor,
        long discountsMinor,
        long voidsMinor,
        long refundsMinor,
        long netMinor,
        List<TaxLine> taxes,
        long tipsMinor,
        List<TenderTotal> tenders,
        long cashExpectedMinor,
        Long cashCountedMinor) {

    public ShiftSlip {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(terminal, "terminal");
        Objects.requireNonNull(periodLabel, "periodLabel");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        printedBy = printedBy == null ? "" : printedBy;
        taxes = List.copyOf(taxes);
        tenders = List.copyOf(tenders);
    }

    /** X = shift report (no reset), Z = day close. */
    public enum Kind {
        X("X REPORT"), Z("Z REPORT");

        private final String title;

        Kind(String title) {
            this.title = title;
        }

        /** The heading printed on the slip. */
        public String title() {
            return title;
        }
    }

    /** Count and amount taken for one tender kind. */
    public record TenderTotal(String label, int count, long amountMinor) {
        public TenderTotal {
            Objects.requireNonNull(label, "label");
        }
    }
}

package app.brigade.devices.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import app.brigade.devices.testing.Samples;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShiftSlipLayoutTest {

    private static ShiftSlip slip(ShiftSlip.Kind kind, Long counted) {
        return new ShiftSlip(kind, Samples.STORE, "POS-1", "Shift 12 - Zoë",
                LocalDateTime.of(2025, 1, 31, 8, 0), LocalDateTime.of(2025, 1, 31, 16, 0), "Zoë",
                42, 123_400, 1_200, 3_000, 2_000, 120_200,
                List.of(new TaxLine("TVA", 1000, 100_000, 10_000, true), new TaxLine("TVA", 2000, 20_200, 4_040, true)),
                1_000, List.of(new ShiftSlip.TenderTotal("Cash", 12, 50_000), new ShiftSlip.TenderTotal("Card", 30, 70_200)),
                52_000, counted);
    }

    @Test
    void zSlipShowsSalesTaxTendersAndCashOverShort() {
        String text = new ReceiptTextRenderer(42).render(new ShiftSlipLayout(Samples.EURO)
                .layout(slip(ShiftSlip.Kind.Z, 51_500L))).getFirst();
        assertThat(text).contains("Z REPORT", "Shift 12 - Zoë", "Day closed")
                .containsPattern("Gross sales +1,234\\.00")
                .containsPattern("Discounts +-12\\.00")
                .containsPattern("Voids +-30\\.00")
                .containsPattern("Refunds +-20\\.00")
                .containsPattern("NET SALES +€1,202\\.00")
                .containsPattern("TVA 10% of 1,000\\.00 +100\\.00")
                .containsPattern("Cash \\(12\\) +500\\.00")
                .containsPattern("Card \\(30\\) +702\\.00")
                .containsPattern("Expected +520\\.00")
                .containsPattern("Counted +515\\.00")
                .containsPattern("Over/short +-5\\.00");
    }

    @Test
    void xSlipBeforeCountingSaysNotCounted() {
        String text = new ReceiptTextRenderer(32).render(new ShiftSlipLayout(Samples.EURO)
                .layout(slip(ShiftSlip.Kind.X, null))).getFirst();
        assertThat(text).contains("X REPORT").containsPattern("Counted +not counted").doesNotContain("Day closed");
    }
}

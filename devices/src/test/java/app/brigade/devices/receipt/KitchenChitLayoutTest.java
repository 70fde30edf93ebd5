package app.brigade.devices.receipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.brigade.devices.testing.Samples;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class KitchenChitLayoutTest {

    private final ReceiptDocument chit = new KitchenChitLayout(Samples.EURO).layout(Samples.grillChit());

    @Test
    void chitShowsStationOrderAndItemsWithoutPrices() {
        String text = new ReceiptTextRenderer(42).render(chit).getFirst();
        assertThat(text).isEqualTo("""
                                GRILL
                                A-042
                              Table 12 - Zoë
                          Fired 2025-01-31 19:30
                ==========================================
                1 x Entrecôte
                  + Saignant
                  + Sauce béarnaise
                  ! allergie: noix
                  Seat 2
                2 x Burger
                  + Sans oignon
                ==========================================
                Table pressée""");
        assertThat(text).doesNotContain("€").doesNotContainPattern("\\d+\\.\\d\\d");
    }

    @Test
    void stationOrderNumberAndItemsPrintDoubleSize() {
        assertThat(chit.blocks()).filteredOn(b -> b instanceof Block.Text t && t.widthMul() == 2)
                .extracting(b -> ((Block.Text) b).text())
                .containsExactly("GRILL", "A-042", "1 x Entrecôte", "2 x Burger");
    }

    @Test
    void aChitNeedsAtLeastOneItem() {
        assertThatThrownBy(() -> new KitchenChit("Bar", "A-1", "", "", LocalDateTime.now(), List.of(), ""))
                .hasMessage("A kitchen chit for station 'Bar' needs at least one item");
    }
}

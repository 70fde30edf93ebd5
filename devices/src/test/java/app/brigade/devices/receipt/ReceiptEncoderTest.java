package app.brigade.devices.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import app.brigade.devices.escpos.Align;
import app.brigade.devices.escpos.CodePage;
import app.brigade.devices.escpos.CutMode;
import app.brigade.devices.escpos.DrawerPin;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class ReceiptEncoderTest {

    @Test
    void smallDocumentEncodesToGoldenBytes() {
        ReceiptDocument document = ReceiptDocument.builder()
                .drawerPulse(DrawerPin.PIN_2, 100, 100)
                .big("Café", Align.CENTER)
                .columns("Thé", "€3")
                .feed(2)
                .cut(CutMode.FULL)
                .build();

        byte[] bytes = new ReceiptEncoder(32, CodePage.CP858).encode(document);

        String expected = "1B40 1B7413"                       // init, CP858
                + "1B7000 3232"                            // drawer pin 2, 100 ms on/off
                + "1B6101 1B4501 1D2111 436166 82 0A"      // centered bold double "Café" LF
                + "1B4500 1D2100 1B6100"                   // back to normal
                + "1B4500 1D2100"                          // columns: not bold, normal size
                + "546882" + "20".repeat(27) + "D533 0A"  // "Thé" ... "€3" LF
                + "1B4500 1D2100"
                + "1B6402 1D5600";                         // feed 2, full cut
        assertThat(HexFormat.of().formatHex(bytes)).isEqualTo(expected.replace(" ", "").toLowerCase());
    }
}

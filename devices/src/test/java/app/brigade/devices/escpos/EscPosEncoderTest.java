package app.brigade.devices.escpos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EscPosEncoderTest {

    private static byte[] hex(String spaced) {
        return HexFormat.of().parseHex(spaced.replace(" ", ""));
    }

    private static EscPosEncoder encoder(CodePage page) {
        return EscPosEncoder.forPrinter(32, page);
    }

    @Test
    void initResetsThePrinterAndSelectsTheCodePage() {
        assertThat(encoder(CodePage.CP858).init().toBytes()).isEqualTo(hex("1B40 1B7413"));
        assertThat(encoder(CodePage.CP437).init().toBytes()).isEqualTo(hex("1B40 1B7400"));
        assertThat(encoder(CodePage.WPC1252).init().toBytes()).isEqualTo(hex("1B40 1B7410"));
    }

    @ParameterizedTest(name = "{0}: Café €5 -> {1}")
    @CsvSource({
            "CP858,   43 61 66 82 20 D5 35",
            "WPC1252, 43 61 66 E9 20 80 35",
            "CP437,   43 61 66 82 20 3F 35"})
    void encodesTextInTheSelectedCodePageWithQuestionMarkForMissingCharacters(CodePage page, String expected) {
        assertThat(encoder(page).text("Café €5").toBytes()).isEqualTo(hex(expected));
    }

    @Test
    void controlCharactersInTextCannotInjectCommands() {
        assertThat(encoder(CodePage.CP858).text("a\u001B@b\u001Dx").toBytes()).isEqualTo(hex("61 20 40 62 20 78"));
    }

    @Test
    void alignBoldAndSizeUseTheirCommands() {
        byte[] bytes = encoder(CodePage.CP858)
                .align(Align.CENTER).bold(true).doubleSize(true).size(1, 2).bold(false).align(Align.RIGHT).toBytes();
        assertThat(bytes).isEqualTo(hex("1B6101 1B4501 1D2111 1D2101 1B4500 1B6102"));
    }

    @Test
    void lineWrapsAtTheColumnsAndHalvesThemAtDoubleWidth() {
        EscPosEncoder e = encoder(CodePage.CP437).line("aaaa bbbb cccc dddd eeee ffff gggg");
        assertThat(new String(e.toBytes())).isEqualTo("aaaa bbbb cccc dddd eeee ffff\ngggg\n");

        EscPosEncoder wide = encoder(CodePage.CP437).doubleSize(true);
        assertThat(wide.lineWidth()).isEqualTo(16);
        wide.line("ORDER A-042 TABLE 12");
        assertThat(new String(wide.toBytes()).substring(3)).isEqualTo("ORDER A-042\nTABLE 12\n");
    }

    @Test
    void twoColumnsRightAlignThePriceOnTheFirstLine() {
        byte[] bytes = encoder(CodePage.CP437).columns("2 x Burger", "25.00").toBytes();
        assertThat(new String(bytes)).isEqualTo("2 x Burger                 25.00\n");
    }

    @Test
    void ruleFillsTheLine() {
        assertThat(new String(EscPosEncoder.forPrinter(42, CodePage.CP437).rule('-').toBytes()))
                .isEqualTo("-".repeat(42) + "\n");
    }

    @Test
    void qrCodeUsesTheFiveGsParenKFunctions() {
        byte[] bytes = encoder(CodePage.CP858).qr("A1", 6, QrErrorCorrection.M).toBytes();
        assertThat(bytes).isEqualTo(hex(
                "1D286B 0400 3141 3200"      // model 2
                        + "1D286B 0300 3143 06"  // module size 6
                        + "1D286B 0300 3145 31"  // error correction M
                        + "1D286B 0500 3150 30 4131" // store "A1" (k + 3 = 5)
                        + "1D286B 0300 3151 30")); // print
    }

    @Test
    void barcodeSetsHeightWidthTextPositionThenData() {
        assertThat(encoder(CodePage.CP858).barcode(BarcodeType.CODE128, "AB", 80).toBytes())
                .isEqualTo(hex("1D6850 1D7702 1D4802 1D6B49 04 7B42 4142"));
        assertThat(encoder(CodePage.CP858).barcode(BarcodeType.EAN13, "400638133393", 50).toBytes())
                .isEqualTo(hex("1D6832 1D7702 1D4802 1D6B43 0C 343030363338313333333933"));
    }

    @Test
    void feedCutAndDrawerPulse() {
        byte[] bytes = encoder(CodePage.CP858).feed(3).cut(CutMode.PARTIAL).cut(CutMode.FULL)
                .drawerPulse(DrawerPin.PIN_2, 100, 200).drawerPulse(DrawerPin.PIN_5, 50, 50).toBytes();
        assertThat(bytes).isEqualTo(hex("1B6403 1D5601 1D5600 1B7000 3264 1B7001 1919"));
    }

    @Test
    void statusRequestsAreDleEot() {
        assertThat(EscPosEncoder.statusRequest(1)).isEqualTo(hex("100401"));
        assertThat(EscPosEncoder.statusRequest(4)).isEqualTo(hex("100404"));
    }

    @Test
    void invalidParametersAreRejectedWithTheAllowedRange() {
        assertThatThrownBy(() -> EscPosEncoder.statusRequest(5)).hasMessageContaining("1..4").hasMessageContaining("5");
        assertThatThrownBy(() -> encoder(CodePage.CP858).drawerPulse(DrawerPin.PIN_2, 1000, 100))
                .hasMessageContaining("on-time must be 2..510 ms, was 1000 ms");
        assertThatThrownBy(() -> encoder(CodePage.CP858).barcode(BarcodeType.EAN13, "12AB", 50))
                .hasMessageContaining("EAN-13 needs 12 or 13 digits");
        assertThatThrownBy(() -> encoder(CodePage.CP858).size(9, 1)).hasMessageContaining("1..8");
        assertThatThrownBy(() -> EscPosEncoder.forPrinter(8, CodePage.CP858)).hasMessageContaining("16 and 96");
    }
}

package app.brigade.devices.escpos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CodePageTest {

    @Test
    void parsesCommonSpellings() {
        assertThat(CodePage.parse("CP858")).isEqualTo(CodePage.CP858);
        assertThat(CodePage.parse("cp437")).isEqualTo(CodePage.CP437);
        assertThat(CodePage.parse("WPC1252")).isEqualTo(CodePage.WPC1252);
        assertThat(CodePage.parse("1252")).isEqualTo(CodePage.WPC1252);
    }

    @Test
    void unknownNamesListTheAllowedOnes() {
        assertThatThrownBy(() -> CodePage.parse("UTF-8"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown code page 'UTF-8'; allowed: CP437, CP850, WPC1252, CP858");
    }

    @Test
    void tableNumbersRoundTrip() {
        for (CodePage page : CodePage.values()) {
            assertThat(CodePage.fromTableNumber(page.tableNumber())).isEqualTo(page);
        }
        assertThat(CodePage.fromTableNumber(99)).isNull();
    }
}

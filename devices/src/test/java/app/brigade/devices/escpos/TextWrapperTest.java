package app.brigade.devices.escpos;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextWrapperTest {

    @ParameterizedTest(name = "{0} columns")
    @ValueSource(ints = {32, 42, 48})
    void wrappedLinesNeverExceedThePaperWidth(int columns) {
        String text = "Entrecôte grillée, sauce béarnaise maison, frites fraîches et salade verte du marché";
        assertThat(TextWrapper.wrap(text, columns)).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(columns))
                .first().asString().startsWith("Entrecôte grillée, sauce");
        assertThat(String.join(" ", TextWrapper.wrap(text, columns))).isEqualTo(text);
    }

    @Test
    void longWordsAreSplitAndLineBreaksKept() {
        assertThat(TextWrapper.wrap("abcdefghij xy\nz", 4)).containsExactly("abcd", "efgh", "ij", "xy", "z");
        assertThat(TextWrapper.wrap("", 10)).containsExactly("");
    }

    @ParameterizedTest(name = "{0} columns")
    @ValueSource(ints = {32, 42, 48})
    void twoColumnsKeepThePriceAtTheRightEdge(int columns) {
        var lines = TextWrapper.twoColumns("1 x Entrecôte grillée sauce béarnaise et frites maison", "24.50", columns);
        assertThat(lines.getFirst()).hasSize(columns).endsWith(" 24.50");
        assertThat(lines.subList(1, lines.size())).allSatisfy(l -> assertThat(l).doesNotContain("24.50"));
    }

    @Test
    void aRightTextTooWideToShareGoesOnItsOwnLine() {
        assertThat(TextWrapper.twoColumns("Total", "1234567890123456789012345678", 32))
                .containsExactly("Total", "    1234567890123456789012345678");
    }
}

package app.brigade.model.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.RoundingMode;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency JPY = Currency.getInstance("JPY");

    @ParameterizedTest
    @CsvSource({"12.50,1250", "0.05,5", "12,1200", "-3.1,-310", "0.10,10"})
    void parsesDecimalTextExactly(String text, long minor) {
        assertThat(Money.parse(text, EUR)).isEqualTo(Money.of(minor, EUR));
    }

    @Test
    void refusesMoreDecimalsThanTheCurrencyHas() {
        assertThatThrownBy(() -> Money.parse("1.005", EUR)).hasMessageContaining("more than 2 decimals");
        assertThatThrownBy(() -> Money.parse("5.5", JPY)).hasMessageContaining("more than 0 decimals");
        assertThatThrownBy(() -> Money.parse("ten", EUR)).hasMessageContaining("'ten' is not a number");
        assertThat(Money.parse("500", JPY).minor()).isEqualTo(500);
    }

    @Test
    void arithmeticStaysExactAndChecksCurrency() {
        Money a = Money.of(1999, EUR);
        assertThat(a.plus(Money.of(1, EUR)).times(3).minus(Money.of(1, EUR))).isEqualTo(Money.of(5999, EUR));
        assertThat(a.toDecimal().toPlainString()).isEqualTo("19.99");
        assertThat(a.toString()).isEqualTo("19.99 EUR");
        assertThatThrownBy(() -> a.plus(Money.of(1, "USD"))).hasMessageContaining("cannot combine EUR with USD");
        assertThatThrownBy(() -> Money.of(Long.MAX_VALUE, EUR).plus(Money.of(1, EUR)))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void basisPointsAndRounding() {
        assertThat(BasisPoints.ofPercent(19)).isEqualTo(new BasisPoints(1900));
        assertThat(new BasisPoints(875).toString()).isEqualTo("8.75%");
        assertThatThrownBy(() -> new BasisPoints(-1)).hasMessageContaining("cannot be negative");
        assertThat(Rounding.ratio(125, 1000, 10_000, RoundingMode.HALF_UP)).isEqualTo(13);
        assertThat(Rounding.ratio(-125, 1000, 10_000, RoundingMode.HALF_UP)).isEqualTo(-13);
        assertThat(Rounding.toIncrement(1097, 5)).isEqualTo(1095);
        assertThat(Rounding.toIncrement(1098, 5)).isEqualTo(1100);
        assertThat(Rounding.toIncrement(1098, 1)).isEqualTo(1098);
    }
}

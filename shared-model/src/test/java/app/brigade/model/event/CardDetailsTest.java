package app.brigade.model.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.brigade.model.text.InputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CardDetailsTest {

    @ParameterizedTest
    @CsvSource({
            "4111111111111111, 4242, AB12, card brand, input.cardNumberInBrand",
            "VISA, 4242, 4111111111111111, auth code, input.cardNumberInAuthCode",
            "VISA, 4111 1111 1111 1111, AB12, last 4 digits, input.cardNumberInLast4",
            "VISA, 4242, 5454-5454-5454-5454, auth code, input.cardNumberInAuthCode",
            "VISA, 4242, 4111111111111, auth code, input.cardNumberInAuthCode"})
    void aFullCardNumberIsRefusedInAnyFieldNamingTheField(String brand, String last4, String auth, String field,
            String key) {
        assertThatThrownBy(() -> new CardDetails(brand, last4, auth))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.key()).isEqualTo(key))
                .hasMessageContaining(field + " looks like a full card number");
    }

    @ParameterizedTest
    @CsvSource({"VISA, 42, AB12, last 4 digits must be exactly 4", "VISA, 4242, '', auth code must be",
            "'', 4242, AB12, card brand is required", "VISA, 4242, AB-12, auth code must be"})
    void malformedFieldsAreExplained(String brand, String last4, String auth, String message) {
        assertThatThrownBy(() -> new CardDetails(brand, last4, auth)).hasMessageContaining(message);
    }

    @ParameterizedTest
    @CsvSource({"VISA, 4242, 123456", "Mastercard, 0005, A1B2C3D4E5F6"})
    void keepsOnlyBrandLast4AndAuthCode(String brand, String last4, String auth) {
        CardDetails card = new CardDetails(" " + brand + " ", last4, auth);
        assertThat(card.brand()).isEqualTo(brand);
        assertThat(card.last4()).isEqualTo(last4);
        assertThat(card.authCode()).isEqualTo(auth);
    }
}

package app.brigade.devices.receipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.brigade.devices.escpos.CutMode;
import app.brigade.devices.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CustomerReceiptLayoutTest {

    private final CustomerReceiptLayout layout = new CustomerReceiptLayout(Samples.EURO);

    @Test
    void customerReceiptAt42ColumnsReadsAsExpected() {
        String text = new ReceiptTextRenderer(42).render(layout.layout(Samples.receipt())).getFirst();

        assertThat(text).isEqualTo("""
                         Café Brigade
                            12 Rue de la Paix
                               75002 Paris
                           Tax ID FR12345678901
                ------------------------------------------
                                A-042
                          Table 12 - Server Zoë
                             2025-01-31 19:42
                ------------------------------------------
                2 x Crème brûlée                     14.00
                1 x Entrecôte grillée                24.50
                  + Sauce béarnaise                   2.50
                  + Saignant
                  Note: allergie: noix
                1 x Eau pétillante                    4.50
                ------------------------------------------
                Subtotal                             45.50
                Happy hour -10%                      -4.55
                incl. TVA 10% of 32.77                3.27
                incl. TVA 20% of 8.18                 1.36
                TOTAL                               €40.95
                ------------------------------------------
                Cash                                 20.00
                Visa ****4242                        25.00
                  Auth A1B2C3
                Change                                4.05
                ------------------------------------------
                           Merci et à bientôt !
                          Prix en €, TVA incluse
                [QR: 018f3c2a-7b1e-7000-8000-000000000042]""");
    }

    @Test
    void receiptEndsWithAFeedAndACutAndCarriesTheOrderIdInAQr() {
        ReceiptDocument document = layout.layout(Samples.receipt());
        assertThat(document.blocks().getLast()).isEqualTo(new Block.Cut(CutMode.PARTIAL));
        assertThat(document.blocks()).contains(new Block.Qr("018f3c2a-7b1e-7000-8000-000000000042", 6));
    }

    @ParameterizedTest(name = "{0} columns")
    @ValueSource(ints = {32, 42, 48})
    void noLineIsWiderThanThePaper(int columns) {
        String text = new ReceiptTextRenderer(columns).render(layout.layout(Samples.receipt())).getFirst();
        // The QR placeholder stands for a symbol, not text, so it is not held to the column count.
        assertThat(text.lines().filter(l -> !l.startsWith("[QR:"))).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(columns));
    }

    @Test
    void cardTendersHoldOnlyBrandLast4AndAuthCode() {
        assertThatThrownBy(() -> new Tender.Card("Visa", "4242424242424242", "A1", 100, 0))
                .hasMessage("Card last4 must be exactly 4 digits, was '4242424242424242'");
        assertThatThrownBy(() -> new Tender.Card("Visa", "4242", "12345-67890-123", 100, 0))
                .hasMessageContaining("auth code must be up to 12 letters or digits");
    }

    @Test
    void amountsAreFormattedFromMinorUnits() {
        AmountFormat euro = Samples.EURO.amounts();
        assertThat(euro.plain(123456)).isEqualTo("1,234.56");
        assertThat(euro.plain(-455)).isEqualTo("-4.55");
        assertThat(euro.withSymbol(-200)).isEqualTo("-€2.00");
        assertThat(AmountFormat.of("JPY", java.util.Locale.JAPAN).plain(1500)).isEqualTo("1,500");
        assertThat(AmountFormat.rate(550)).isEqualTo("5.5%");
        assertThat(AmountFormat.rate(2000)).isEqualTo("20%");
    }
}

package app.brigade.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.brigade.model.text.InputException;
import java.util.Currency;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class MoneyFormatTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private final MoneyFormat english = new MoneyFormat(Locale.US, EUR);
    private final MoneyFormat german = new MoneyFormat(Locale.GERMANY, EUR);

    @Test
    void formatsByLocale() {
        assertThat(english.format(123_450)).isEqualTo("€1,234.50");
        assertThat(german.format(123_450)).isEqualTo("1.234,50\u00a0€");
        assertThat(new MoneyFormat(Locale.JAPAN, Currency.getInstance("JPY")).format(500)).endsWith("500");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"12.50|1250", "12|1200", "0.05|5", "1,234.50|123450"})
    void readsEnglishAmounts(String text, long minor) {
        assertThat(english.parse(text)).isEqualTo(minor);
    }

    @Test
    void readsGermanAmountsWithCommaDecimals() {
        assertThat(german.parse("12,50")).isEqualTo(1250);
        assertThat(german.parse("1.234,50")).isEqualTo(123_450);
    }

    @Test
    void badAmountsAreExplained() {
        assertThatThrownBy(() -> english.parse("")).hasMessage("enter an amount");
        assertThatThrownBy(() -> english.parse("12.5x")).hasMessageContaining("is not an amount (e.g. €12.50)");
        assertThatThrownBy(() -> english.parse("1.005")).hasMessageContaining("more than 2 decimals");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"de|20.00", "de|1.5", "de|1.234.5", "de|12,5.0", "en|12,50", "en|1,5",
            "en|1,234,5", "en|12.5,0"})
    void theOtherConventionsDecimalPointIsRefusedNotReadAsThousands(String language, String typed) {
        MoneyFormat format = language.equals("de") ? german : english;
        assertThatThrownBy(() -> format.parse(typed)).isInstanceOfSatisfying(InputException.class,
                e -> assertThat(e.key()).isEqualTo("input.notAnAmount"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"de|1.234,50|123450", "de|12.345.678,90|1234567890", "de|999|99900",
            "en|1,234.50|123450", "en|12,345,678.90|1234567890", "en|0.99|99"})
    void realThousandsSeparatorsAreStillRead(String language, String typed, long minor) {
        assertThat((language.equals("de") ? german : english).parse(typed)).isEqualTo(minor);
    }

    @Test
    void aRefusedAmountReadsInTheTerminalsLanguageWithWhatWasTyped() {
        Messages de = new Messages(null, Locale.GERMANY);
        assertThat(de.text(refusal(() -> german.parse(" ")))).isEqualTo("Bitte einen Betrag eingeben");
        assertThat(de.text(refusal(() -> german.parse("12,5x"))))
                .isEqualTo("\u201e12,5x\u201c ist kein Betrag (z. B. 12,50\u00a0\u20ac)");
        assertThat(de.text(refusal(() -> german.parse("1,005")))).isEqualTo("\u201e1,005\u201c hat mehr als 2 Nachkommastellen");
        assertThat(de.text(refusal(() -> german.parse("4111 1111 1111 1111"))))
                .startsWith("Das sieht aus wie eine Kartennummer, nicht wie ein Betrag");
        Messages en = new Messages(null, Locale.US);
        InputException typo = refusal(() -> english.parse("12.5x"));
        assertThat(en.text(typo)).as("the English text and the log message agree").isEqualTo(typo.getMessage());
    }

    @Test
    void everyInputRefusalInTheSourcesHasAnEnglishAndAGermanText() throws Exception {
        java.util.Set<String> used = new java.util.TreeSet<>();
        java.util.regex.Pattern key = java.util.regex.Pattern.compile("new InputException\\(\\s*\"([a-z]+\\.[A-Za-z0-9]+)\"");
        java.util.regex.Pattern keyVar = java.util.regex.Pattern.compile("\"(input\\.[A-Za-z0-9]+)\"");
        for (String root : new String[] {"src/main/java", "../shared-model/src/main/java"}) {
            try (var files = java.nio.file.Files.walk(java.nio.file.Path.of(root))) {
                for (var f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    String text = java.nio.file.Files.readString(f);
                    if (!text.contains("InputException")) {
                        continue;
                    }
                    for (var m = key.matcher(text); m.find(); ) {
                        used.add(m.group(1));
                    }
                    for (var m = keyVar.matcher(text); m.find(); ) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        assertThat(used).as("the scan sees the amount and card refusals")
                .contains("input.notAnAmount", "input.cardAuthCode", "input.cardNumberInLast4");
        for (Locale locale : new Locale[] {Locale.US, Locale.GERMANY}) {
            Messages m = new Messages(null, locale);
            for (String k : used) {
                assertThat(m.bundle().containsKey(k)).as("%s in %s", k, locale).isTrue();
            }
        }
    }

    private static InputException refusal(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        return org.assertj.core.api.Assertions.catchThrowableOfType(InputException.class, call);
    }

    @ParameterizedTest
    @CsvSource({"4111111111111111", "4111 1111 1111 1111", "5500-0000-0000-0004", "3782822463100058"})
    void aCardNumberTypedIntoAnAmountFieldIsRefusedAsACardNumber(String typed) {
        assertThatThrownBy(() -> english.parse(typed)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("that looks like a card number, not an amount");
        assertThatThrownBy(() -> german.parse(typed)).hasMessageStartingWith("that looks like a card number");
    }

    @Test
    void formatsCorrectlyFromManyThreadsAtOnce() throws Exception {
        // the UI thread and background workers share one MoneyFormat; every result must be exact
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(8)) {
            var futures = new java.util.ArrayList<java.util.concurrent.Future<Boolean>>();
            for (int t = 0; t < 8; t++) {
                int seed = t;
                futures.add(pool.submit(() -> {
                    for (long i = 0; i < 20_000; i++) {
                        long minor = i * 7 + seed;
                        String expected = "€" + String.format(Locale.US, "%,d.%02d", minor / 100, minor % 100);
                        if (!english.format(minor).equals(expected)) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (var f : futures) {
                assertThat(f.get()).isTrue();
            }
        }
    }
}

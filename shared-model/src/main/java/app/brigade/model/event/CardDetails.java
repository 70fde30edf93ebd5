package app.brigade.model.event;

import app.brigade.model.text.InputException;
import java.util.regex.Pattern;

/**
 * What Brigade keeps of a card payment taken on an external terminal: brand, last four digits and
 * the authorisation code. A full card number is refused in every field.
 */
public record CardDetails(String brand, String last4, String authCode) {

    private static final Pattern CARD_NUMBER = Pattern.compile("\\d{13,19}");

    public CardDetails {
        brand = clean(brand, "card brand", "input.cardNumberInBrand");
        last4 = clean(last4, "last 4 digits", "input.cardNumberInLast4");
        authCode = clean(authCode, "auth code", "input.cardNumberInAuthCode");
        if (brand.isEmpty()) {
            throw new InputException("input.cardBrandMissing", "card brand is required (e.g. VISA)");
        }
        if (!last4.matches("\\d{4}")) {
            throw new InputException("input.cardLast4", "last 4 digits must be exactly 4 digits");
        }
        if (!authCode.matches("[A-Za-z0-9]{1,12}")) {
            throw new InputException("input.cardAuthCode", "auth code must be 1 to 12 letters or digits");
        }
    }

    private static String clean(String value, String field, String key) {
        String v = value == null ? "" : value.strip();
        if (looksLikeCardNumber(v)) {
            throw new InputException(key,
                    field + " looks like a full card number; Brigade never stores card numbers, enter only the "
                            + field);
        }
        return v;
    }

    /** True when the text holds 13–19 digits (spaces and dashes ignored), the shape of a card number. */
    public static boolean looksLikeCardNumber(String text) {
        return text != null && CARD_NUMBER.matcher(text.replaceAll("[\\s-]", "")).find();
    }
}

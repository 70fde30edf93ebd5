package app.brigade.pos.service;

import app.brigade.model.event.CardDetails;

/**
 * Text the cashier types that is kept with an event (reasons, line notes): a card number typed there
 * would end up in the journal, on the server and in the reports, so it is refused before anything is
 * recorded. Brigade keeps only a card's brand, last four digits and auth code (in their own fields).
 */
public final class FreeText {

    private FreeText() {
    }

    /**
     * {@code value} unchanged, or a refusal naming the field when it holds 13–19 digits in a row;
     * {@code fieldKey} is the bundle key of the field's name (e.g. {@code field.voidReason}).
     */
    public static String check(String fieldKey, String value) {
        if (CardDetails.looksLikeCardNumber(value)) {
            throw new PosException("error.cardNumberInField", Text.of(fieldKey));
        }
        return value;
    }
}

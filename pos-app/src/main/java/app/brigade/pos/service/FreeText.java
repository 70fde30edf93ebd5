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

    /** {@code value} unchanged, or a refusal naming {@code field} when it holds 13–19 digits in a row. */
    public static String check(String field, String value) {
        if (CardDetails.looksLikeCardNumber(value)) {
            throw new PosException("the " + field + " looks like a card number; Brigade never stores card numbers"
                    + " (for a card payment enter only the brand, last 4 digits and auth code)");
        }
        return value;
    }
}

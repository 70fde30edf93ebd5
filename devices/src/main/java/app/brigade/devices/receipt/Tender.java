package app.brigade.devices.receipt;

import java.util.Objects;

/** A payment as printed: cash, card (brand, last 4 digits and auth code only) or another kind. */
public sealed interface Tender {

    /** Amount tendered in minor units. */
    long amountMinor();

    /** Cash handed over. */
    record Cash(long amountMinor) implements Tender {
    }

    /**
     * A card payment taken on an external terminal. Only the brand, the last four digits and the
     * auth code are ever held, so a full card number cannot reach paper.
     */
    record Card(String brand, String last4, String authCode, long amountMinor, long tipMinor) implements Tender {
        public Card {
            Objects.requireNonNull(brand, "brand");
            if (last4 == null || !last4.matches("\\d{4}")) {
                throw new IllegalArgumentException("Card last4 must be exactly 4 digits, was '" + last4 + "'");
            }
            if (authCode == null || !authCode.matches("[A-Za-z0-9]{0,12}")) {
                throw new IllegalArgumentException(
                        "Card auth code must be up to 12 letters or digits, was '" + authCode + "'");
            }
        }
    }

    /** Any other tender (voucher, house account…). */
    record Other(String label, long amountMinor) implements Tender {
        public Other {
            Objects.requireNonNull(label, "label");
        }
    }
}

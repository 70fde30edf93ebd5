package app.brigade.model.catalog;

import java.util.Objects;

/** A payment method offered at the till (cash, card, voucher…). */
public record Tender(String id, String name, TenderType type) {
    public Tender {
        Objects.requireNonNull(id, "tender id");
        Objects.requireNonNull(name, "tender name");
        Objects.requireNonNull(type, "tender type");
    }
}

package app.brigade.model.catalog;

import app.brigade.model.money.BasisPoints;
import java.util.Objects;

/** A tax rate; inclusive rates are already part of the shelf price, exclusive ones are added on top. */
public record TaxClass(String id, String name, BasisPoints rate, boolean inclusive) {
    public TaxClass {
        Objects.requireNonNull(id, "tax class id");
        Objects.requireNonNull(name, "tax class name");
        Objects.requireNonNull(rate, "tax class rate");
    }
}

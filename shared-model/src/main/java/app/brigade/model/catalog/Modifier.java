package app.brigade.model.catalog;

import java.util.Objects;

/** One choice inside a modifier group, with a price delta in minor units (may be zero or negative). */
public record Modifier(String id, String name, long priceDelta) {
    public Modifier {
        Objects.requireNonNull(id, "modifier id");
        Objects.requireNonNull(name, "modifier name");
    }
}

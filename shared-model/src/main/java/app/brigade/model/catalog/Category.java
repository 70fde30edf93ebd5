package app.brigade.model.catalog;

import java.util.Objects;

/** A menu category shown as a tab on the POS; {@code color} is a CSS colour for its buttons. */
public record Category(String id, String name, String color, int sortOrder) {
    public Category {
        Objects.requireNonNull(id, "category id");
        Objects.requireNonNull(name, "category name");
    }
}

package app.brigade.model.catalog;

import java.util.Objects;

/** A table in an area of the dining room, with its usual number of seats. */
public record DiningTable(String id, String name, String area, int seats) {
    public DiningTable {
        Objects.requireNonNull(id, "table id");
        Objects.requireNonNull(name, "table name");
    }
}

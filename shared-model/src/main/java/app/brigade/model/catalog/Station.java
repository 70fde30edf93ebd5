package app.brigade.model.catalog;

import java.util.Objects;

/** A kitchen station (grill, cold, bar) that receives its own ticket when an order is fired. */
public record Station(String id, String name) {
    public Station {
        Objects.requireNonNull(id, "station id");
        Objects.requireNonNull(name, "station name");
    }
}

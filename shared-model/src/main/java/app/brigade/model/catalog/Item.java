package app.brigade.model.catalog;

import java.util.List;
import java.util.Objects;

/** A sellable menu item; {@code price} is in minor units of the catalog currency. */
public record Item(
        String id,
        String sku,
        String barcode,
        String name,
        String categoryId,
        long price,
        String taxClassId,
        List<String> stationIds,
        List<String> modifierGroupIds,
        boolean active) {
    public Item {
        Objects.requireNonNull(id, "item id");
        Objects.requireNonNull(name, "item name");
        stationIds = stationIds == null ? List.of() : List.copyOf(stationIds);
        modifierGroupIds = modifierGroupIds == null ? List.of() : List.copyOf(modifierGroupIds);
    }
}

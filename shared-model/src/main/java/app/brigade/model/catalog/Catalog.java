package app.brigade.model.catalog;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The menu and everything the terminals need from the server: items, prices, taxes, staff, stations. */
public record Catalog(
        long version,
        StoreSettings settings,
        List<Category> categories,
        List<Item> items,
        List<ModifierGroup> modifierGroups,
        List<TaxClass> taxClasses,
        List<Station> stations,
        List<Employee> employees,
        List<DiningTable> tables,
        List<Tender> tenders) {

    public Catalog {
        Objects.requireNonNull(settings, "settings");
        categories = listOf(categories);
        items = listOf(items);
        modifierGroups = listOf(modifierGroups);
        taxClasses = listOf(taxClasses);
        stations = listOf(stations);
        employees = listOf(employees);
        tables = listOf(tables);
        tenders = listOf(tenders);
    }

    private static <T> List<T> listOf(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    public Optional<Item> item(String id) {
        return items.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    /** Finds an active item by its barcode or SKU, as a keyboard-wedge scanner types it. */
    public Optional<Item> itemByCode(String code) {
        return items.stream()
                .filter(Item::active)
                .filter(i -> code.equals(i.barcode()) || code.equals(i.sku()))
                .findFirst();
    }

    public Optional<ModifierGroup> modifierGroup(String id) {
        return modifierGroups.stream().filter(g -> g.id().equals(id)).findFirst();
    }

    public Optional<TaxClass> taxClass(String id) {
        return taxClasses.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public Optional<Station> station(String id) {
        return stations.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public Optional<Employee> employee(String id) {
        return employees.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    public Optional<Category> category(String id) {
        return categories.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public List<Item> itemsIn(String categoryId) {
        return items.stream().filter(Item::active).filter(i -> i.categoryId().equals(categoryId)).toList();
    }

    /** Checks references and invariants; an empty list means the catalog can be published. */
    public List<CatalogViolation> validate() {
        return CatalogValidator.validate(this);
    }
}

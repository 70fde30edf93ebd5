package app.brigade.model.catalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Finds broken references, negative prices and impossible modifier limits before a catalog is published. */
final class CatalogValidator {

    private CatalogValidator() {
    }

    static List<CatalogViolation> validate(Catalog catalog) {
        List<CatalogViolation> out = new ArrayList<>();
        Set<String> categories = ids(catalog.categories(), Category::id, "categories", out);
        Set<String> taxes = ids(catalog.taxClasses(), TaxClass::id, "taxClasses", out);
        Set<String> stations = ids(catalog.stations(), Station::id, "stations", out);
        Set<String> groups = ids(catalog.modifierGroups(), ModifierGroup::id, "modifierGroups", out);
        ids(catalog.items(), Item::id, "items", out);
        ids(catalog.employees(), Employee::id, "employees", out);

        for (int i = 0; i < catalog.taxClasses().size(); i++) {
            TaxClass t = catalog.taxClasses().get(i);
            if (t.rate().value() > 10_000) {
                out.add(new CatalogViolation("taxClasses[" + i + "].rate", "must be at most 100% (10000 bp)"));
            }
        }
        for (int i = 0; i < catalog.items().size(); i++) {
            Item item = catalog.items().get(i);
            String path = "items[" + i + "]";
            if (item.price() < 0) {
                out.add(new CatalogViolation(path + ".price", "must not be negative (got " + item.price() + ")"));
            }
            if (!categories.contains(item.categoryId())) {
                out.add(new CatalogViolation(path + ".categoryId", "unknown category '" + item.categoryId() + "'"));
            }
            if (!taxes.contains(item.taxClassId())) {
                out.add(new CatalogViolation(path + ".taxClassId", "unknown tax class '" + item.taxClassId() + "'"));
            }
            for (int s = 0; s < item.stationIds().size(); s++) {
                if (!stations.contains(item.stationIds().get(s))) {
                    out.add(new CatalogViolation(path + ".stationIds[" + s + "]",
                            "unknown station '" + item.stationIds().get(s) + "'"));
                }
            }
            for (int g = 0; g < item.modifierGroupIds().size(); g++) {
                if (!groups.contains(item.modifierGroupIds().get(g))) {
                    out.add(new CatalogViolation(path + ".modifierGroupIds[" + g + "]",
                            "unknown modifier group '" + item.modifierGroupIds().get(g) + "'"));
                }
            }
        }
        for (int i = 0; i < catalog.modifierGroups().size(); i++) {
            ModifierGroup g = catalog.modifierGroups().get(i);
            String path = "modifierGroups[" + i + "]";
            if (g.minChoices() < 0) {
                out.add(new CatalogViolation(path + ".minChoices", "must not be negative"));
            }
            if (g.maxChoices() < g.minChoices() || g.maxChoices() < 1) {
                out.add(new CatalogViolation(path + ".maxChoices",
                        "must be at least 1 and at least minChoices (" + g.minChoices() + ")"));
            }
            if (g.minChoices() > g.modifiers().size()) {
                out.add(new CatalogViolation(path + ".minChoices",
                        "asks for " + g.minChoices() + " choices but the group has " + g.modifiers().size()));
            }
        }
        for (int i = 0; i < catalog.employees().size(); i++) {
            if (catalog.employees().get(i).pin() == null) {
                out.add(new CatalogViolation("employees[" + i + "].pin", "is required"));
            }
        }
        return out;
    }

    private static <T> Set<String> ids(List<T> list, Function<T, String> id, String name, List<CatalogViolation> out) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            if (!seen.add(id.apply(list.get(i)))) {
                out.add(new CatalogViolation(name + "[" + i + "].id", "duplicate id '" + id.apply(list.get(i)) + "'"));
            }
        }
        return seen;
    }
}

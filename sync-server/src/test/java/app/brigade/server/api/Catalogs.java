package app.brigade.server.api;

/** Catalog JSON used by the tests. */
final class Catalogs {

    private Catalogs() {
    }

    static final String VALID = """
            {
              "version": 0,
              "settings": {"storeName": "Chez Test", "address": "1 Rue Test", "currency": "EUR",
                           "taxRounding": "PER_LINE", "roundingMode": "HALF_UP", "cashRoundingIncrement": 1},
              "categories": [{"id": "mains", "name": "Mains", "color": "#c33", "sortOrder": 1}],
              "items": [{"id": "burger", "name": "Burger", "categoryId": "mains", "price": 450,
                         "taxClassId": "std", "stationIds": ["grill"], "modifierGroupIds": ["cook"], "active": true}],
              "modifierGroups": [{"id": "cook", "name": "Cooking", "minChoices": 1, "maxChoices": 1,
                                  "modifiers": [{"id": "rare", "name": "Rare", "priceDelta": 0},
                                                {"id": "done", "name": "Well done", "priceDelta": 0}]}],
              "taxClasses": [{"id": "std", "name": "Standard", "rate": 2000, "inclusive": true}],
              "stations": [{"id": "grill", "name": "Grill"}],
              "employees": [],
              "tables": [],
              "tenders": [{"id": "cash", "name": "Cash", "type": "CASH"}]
            }
            """;
}

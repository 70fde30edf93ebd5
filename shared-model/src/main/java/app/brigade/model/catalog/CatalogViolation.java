package app.brigade.model.catalog;

/** One problem in a catalog, with the JSON-style path of the offending field (e.g. {@code items[3].price}). */
public record CatalogViolation(String path, String message) {
    @Override
    public String toString() {
        return path + ": " + message;
    }
}

package app.brigade.model.event;

/** A new catalog version is available on the server; terminals refresh it. */
public record CatalogPublished(long version, String etag) implements EventPayload {
    @Override
    public String aggregateId() {
        return "catalog";
    }
}

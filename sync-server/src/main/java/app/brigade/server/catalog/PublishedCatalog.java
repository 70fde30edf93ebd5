package app.brigade.server.catalog;

/** A stored catalog version: its JSON exactly as served, and the entity tag clients cache it by. */
public record PublishedCatalog(long version, String etag, String json) {
}

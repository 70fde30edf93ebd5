package app.brigade.server.catalog;

/** The reply to {@code PUT /v1/catalog}: the new version, its ETag and the feed sequence of its CatalogPublished event. */
public record PublishReply(long version, String etag, long serverSeq) {
}

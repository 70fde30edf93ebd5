package app.brigade.store.query;

import java.util.Objects;

/** The catalog as the server served it: version, ETag and the JSON body, kept verbatim. */
public record CatalogSnapshot(long version, String etag, String json) {
    public CatalogSnapshot {
        Objects.requireNonNull(etag, "etag");
        Objects.requireNonNull(json, "json");
    }
}

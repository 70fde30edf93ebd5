package app.brigade.sync.http;

import app.brigade.store.query.CatalogSnapshot;

/** The outcome of {@code GET /v1/catalog} with {@code If-None-Match}: unchanged, or a new version. */
public sealed interface CatalogFetch {

    /** 304: the terminal's catalog is current. */
    record NotModified() implements CatalogFetch {
    }

    /** 200: the server's catalog, validated, with its ETag. */
    record Changed(CatalogSnapshot snapshot) implements CatalogFetch {
    }
}

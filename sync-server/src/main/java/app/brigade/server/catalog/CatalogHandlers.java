package app.brigade.server.catalog;

import app.brigade.server.api.BodyReader;
import app.brigade.server.api.Json;
import app.brigade.server.api.ProblemException;
import app.brigade.server.auth.Access;
import app.brigade.server.auth.Principal;
import io.javalin.http.Context;
import java.util.Arrays;

/** {@code GET /v1/catalog} with ETag revalidation and {@code PUT /v1/catalog} for administrators. */
public final class CatalogHandlers {

    private final CatalogService catalogs;
    private final Access access;
    private final BodyReader body;

    public CatalogHandlers(CatalogService catalogs, Access access, BodyReader body) {
        this.catalogs = catalogs;
        this.access = access;
        this.body = body;
    }

    public void get(Context ctx) {
        access.anyToken(ctx);
        PublishedCatalog current = catalogs.current().orElseThrow(() -> new ProblemException(404,
                "catalog-not-published", "No catalog yet",
                "no catalog has been published on this server; an administrator publishes one with PUT /v1/catalog"));
        ctx.header("ETag", current.etag()).header("Cache-Control", "no-cache");
        if (matches(ctx.header("If-None-Match"), current.etag())) {
            ctx.status(304);
            return;
        }
        Json.sendRaw(ctx, 200, current.json());
    }

    public void put(Context ctx) {
        Principal admin = access.admin(ctx);
        PublishReply reply = catalogs.publish(catalogs.parse(body.read(ctx)), admin.isAdmin() ? "admin" : null);
        ctx.header("ETag", reply.etag());
        Json.send(ctx, 200, reply);
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        return Arrays.stream(ifNoneMatch.split(","))
                .map(String::trim)
                .map(t -> t.startsWith("W/") ? t.substring(2) : t)
                .anyMatch(t -> t.equals("*") || t.equals(etag));
    }
}

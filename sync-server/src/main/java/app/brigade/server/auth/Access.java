package app.brigade.server.auth;

import app.brigade.server.api.ProblemException;
import io.javalin.http.Context;

/** Checks the bearer token of a request against what the endpoint needs. */
public final class Access {

    private final TokenService tokens;

    public Access(TokenService tokens) {
        this.tokens = tokens;
    }

    /** Any valid token: a device's or an administrator's. */
    public Principal anyToken(Context ctx) {
        return tokens.authenticate(ctx.header("Authorization"));
    }

    public Principal device(Context ctx) {
        Principal p = anyToken(ctx);
        if (p.isAdmin()) {
            throw new ProblemException(403, "device-token-required", "Device token required",
                    "this endpoint takes a device's token; an administrator token pushes no events");
        }
        return p;
    }

    public Principal admin(Context ctx) {
        Principal p = anyToken(ctx);
        if (!p.isAdmin()) {
            throw new ProblemException(403, "admin-token-required", "Administrator token required",
                    "this endpoint needs an administrator token (server create-admin-token); device "
                            + p.deviceId() + " may not use it");
        }
        return p;
    }
}

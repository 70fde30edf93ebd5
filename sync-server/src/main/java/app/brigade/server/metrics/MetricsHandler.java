package app.brigade.server.metrics;

import app.brigade.server.auth.Access;
import io.javalin.http.Context;

/** {@code GET /v1/metrics} in the Prometheus text exposition format. */
public final class MetricsHandler {

    private final Metrics metrics;
    private final Access access;

    public MetricsHandler(Metrics metrics, Access access) {
        this.metrics = metrics;
        this.access = access;
    }

    public void get(Context ctx) {
        access.anyToken(ctx);
        ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.render());
    }
}

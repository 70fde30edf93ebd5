package app.brigade.server.api;

import app.brigade.server.db.Database;
import app.brigade.server.feed.FeedSignal;
import io.javalin.http.Context;
import java.util.Map;

/**
 * {@code GET /v1/health}: open without a token so load balancers and monitors can probe it; it tells
 * only whether the database answers, the dialect and the server version.
 */
public final class HealthHandler {

    /** The health reply. */
    public record Health(String status, String version, String database, String dialect, long feedHead) {
    }

    private final Database db;
    private final FeedSignal signal;
    private final String version;

    public HealthHandler(Database db, FeedSignal signal, String version) {
        this.db = db;
        this.signal = signal;
        this.version = version;
    }

    public void get(Context ctx) {
        String dialect = db.dialect().getNameLC();
        if (!db.reachable()) {
            throw new ProblemException(503, "database-unavailable", "Database unavailable",
                    "the server cannot reach its " + dialect + " database",
                    Map.of("version", version, "database", "down"));
        }
        Json.send(ctx, 200, new Health("ok", version, "up", dialect, signal.head()));
    }
}

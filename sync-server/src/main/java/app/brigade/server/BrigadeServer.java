package app.brigade.server;

import app.brigade.model.protocol.EventCodec;
import app.brigade.model.protocol.MalformedEventException;
import app.brigade.server.api.BodyReader;
import app.brigade.server.api.HealthHandler;
import app.brigade.server.api.Json;
import app.brigade.server.api.ProblemException;
import app.brigade.server.auth.Access;
import app.brigade.server.auth.AuthHandlers;
import app.brigade.server.auth.EnrollmentService;
import app.brigade.server.auth.TokenService;
import app.brigade.server.catalog.CatalogHandlers;
import app.brigade.server.catalog.CatalogService;
import app.brigade.server.db.Database;
import app.brigade.server.events.EventsHandler;
import app.brigade.server.events.IngestService;
import app.brigade.server.feed.FeedHandlers;
import app.brigade.server.feed.FeedSignal;
import app.brigade.server.feed.FeedStore;
import app.brigade.server.feed.FeedWatcher;
import app.brigade.server.metrics.Metrics;
import app.brigade.server.metrics.MetricsHandler;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.io.InputStream;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.jooq.exception.DataAccessException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running sync server instance: the composition root that wires the database, the services and
 * the Javalin routes of DESIGN §3 by hand. Stateless over its database.
 */
public final class BrigadeServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BrigadeServer.class);

    private final ServerConfig config;
    private final Database db;
    private final FeedSignal signal = new FeedSignal();
    private final Metrics metrics = new Metrics();
    private final List<String> routes = Collections.synchronizedList(new ArrayList<>());
    private final TokenService tokens;
    private final EnrollmentService enrollment;
    private final CatalogService catalogs;
    private final IngestService ingest;
    private final FeedWatcher watcher;
    private final String version = readVersion();
    private Javalin app;

    private BrigadeServer(ServerConfig config, Database db) {
        this.config = config;
        this.db = db;
        EventCodec codec = new EventCodec();
        this.tokens = new TokenService(db.dsl(), config.clock());
        this.enrollment = new EnrollmentService(db.dsl(), tokens, config.clock());
        this.catalogs = new CatalogService(db, codec, signal, config.clock());
        this.ingest = new IngestService(db, codec, signal, metrics, config.clock(), config.maxBatch());
        this.watcher = new FeedWatcher(db.dsl(), signal, Duration.ofMillis(config.feedPollMillis()));
        metrics.feedHead(signal::head);
    }

    /** Opens (and migrates) the database without serving HTTP: for the CLI's admin commands. */
    public static BrigadeServer open(ServerConfig config) {
        return new BrigadeServer(config, Database.open(config.jdbcUrl(), config.dbUser(), config.dbPassword(), 16));
    }

    /** Opens the database and starts serving. */
    public static BrigadeServer start(ServerConfig config) {
        BrigadeServer server = open(config);
        try {
            server.serve();
            return server;
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    private void serve() {
        watcher.start();
        EventCodec codec = new EventCodec();
        BodyReader body = new BodyReader(config.maxBodyBytes());
        Access access = new Access(tokens);
        AuthHandlers auth = new AuthHandlers(enrollment, tokens, access, body);
        EventsHandler events = new EventsHandler(ingest, codec, access, body);
        FeedHandlers feed = new FeedHandlers(new FeedStore(db.dsl()), signal, access, metrics,
                config.maxWaitSeconds());
        CatalogHandlers catalog = new CatalogHandlers(catalogs, access, body);
        HealthHandler health = new HealthHandler(db, signal, version);
        MetricsHandler metricsHandler = new MetricsHandler(metrics, access);

        app = Javalin.create(cfg -> {
            configure(cfg);
            cfg.routes.post("/v1/devices/enroll", auth::enroll);
            cfg.routes.post("/v1/devices/{deviceId}/revoke", auth::revoke);
            cfg.routes.post("/v1/enrollment-codes", auth::issueCode);
            cfg.routes.post("/v1/events", events::push);
            cfg.routes.get("/v1/events", feed::page);
            cfg.routes.get("/v1/events/stream", feed::stream);
            cfg.routes.get("/v1/catalog", catalog::get);
            cfg.routes.put("/v1/catalog", catalog::put);
            cfg.routes.get("/v1/health", health::get);
            cfg.routes.get("/v1/metrics", metricsHandler::get);
        });
        app.start();
        LOG.info("Brigade sync server {} listening on {}://{}:{} ({} database)", version,
                config.tls() == null ? "http" : "https", config.host(), port(), db.dialect().getNameLC());
    }

    private void configure(JavalinConfig cfg) {
        cfg.startup.showJavalinBanner = false;
        cfg.startup.showOldJavalinVersionWarning = false;
        cfg.concurrency.useVirtualThreads = true;
        cfg.http.prefer405over404 = true;
        cfg.http.generateEtags = false;
        cfg.http.maxRequestSize = config.maxBodyBytes();
        cfg.events.handlerAdded(info -> {
            if (info.getHttpMethod().isHttpMethod()) {
                routes.add(info.getHttpMethod().name() + " " + info.getPath());
            }
        });
        cfg.jetty.addConnector((server, http) -> {
            ServerConnector connector;
            if (config.tls() != null) {
                SslContextFactory.Server ssl = new SslContextFactory.Server();
                ssl.setKeyStorePath(config.tls().keystore().toAbsolutePath().toString());
                ssl.setKeyStorePassword(config.tls().password());
                ssl.setKeyStoreType(config.tls().type());
                http.addCustomizer(new SecureRequestCustomizer(false));
                connector = new ServerConnector(server, ssl, new HttpConnectionFactory(http));
            } else {
                connector = new ServerConnector(server, new HttpConnectionFactory(http));
            }
            connector.setHost(config.host());
            connector.setPort(config.port());
            // Longer than the longest long-poll wait, so an idle wait is never cut by the connector.
            connector.setIdleTimeout(Duration.ofSeconds(config.maxWaitSeconds() + 60L).toMillis());
            return connector;
        });
        cfg.requestLogger.http((ctx, ms) -> metrics.request(ctx.method().name(), routeOf(ctx), ctx.statusCode()));
        cfg.routes.exception(ProblemException.class, (e, ctx) -> Json.problem(ctx, e));
        cfg.routes.exception(MalformedEventException.class, (e, ctx) -> Json.problem(ctx,
                ProblemException.badRequest("malformed-event", e.field() + ": " + e.getMessage(), e.field())));
        cfg.routes.exception(HttpResponseException.class, (e, ctx) -> Json.problem(ctx, httpProblem(ctx, e)));
        cfg.routes.exception(DataAccessException.class, (e, ctx) -> Json.problem(ctx, databaseProblem(e)));
        cfg.routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("unexpected failure on {} {}", ctx.method(), ctx.path(), e);
            Json.problem(ctx, new ProblemException(500, "internal-error", "Internal error",
                    "the server failed unexpectedly; nothing of this request was stored, retry later"));
        });
    }

    private static ProblemException httpProblem(Context ctx, HttpResponseException e) {
        return switch (e.getStatus()) {
            case 404 -> new ProblemException(404, "not-found", "Not found",
                    "no endpoint " + ctx.method() + " " + ctx.path() + "; see docs/api/openapi.yaml");
            case 405 -> new ProblemException(405, "method-not-allowed", "Method not allowed",
                    ctx.method() + " is not allowed on " + ctx.path() + "; see docs/api/openapi.yaml");
            case 413 -> new ProblemException(413, "body-too-large", "Request body too large", e.getMessage());
            default -> new ProblemException(e.getStatus(), "http-" + e.getStatus(), "HTTP " + e.getStatus(),
                    e.getMessage());
        };
    }

    private static ProblemException databaseProblem(DataAccessException e) {
        String state = e.sqlState();
        boolean unreachable = state != null && state.startsWith("08")
                || e.getCause(SQLTransientConnectionException.class) != null;
        boolean busy = state != null && (state.startsWith("40") || state.equals("55P03") || state.equals("HYT00"));
        if (!unreachable && !busy) {
            LOG.error("unexpected database failure", e);
            return new ProblemException(500, "internal-error", "Internal error",
                    "the server failed unexpectedly; nothing of this request was stored, retry later");
        }
        LOG.warn("database {}: {}", unreachable ? "unreachable" : "busy", e.getMessage());
        return new ProblemException(503, unreachable ? "database-unavailable" : "database-busy",
                "Database unavailable", "the database did not complete the request; nothing of it was stored, "
                        + "retry later", Map.of("retryAfterSeconds", 2));
    }

    private static String routeOf(Context ctx) {
        try {
            return ctx.endpoint().path;
        } catch (RuntimeException e) {
            return "unmatched";
        }
    }

    public int port() {
        return ((ServerConnector) app.jettyServer().server().getConnectors()[0]).getLocalPort();
    }

    /** "METHOD /path" of every HTTP route this server registered. */
    public List<String> routes() {
        return List.copyOf(routes);
    }

    public TokenService tokens() {
        return tokens;
    }

    public EnrollmentService enrollment() {
        return enrollment;
    }

    public CatalogService catalogs() {
        return catalogs;
    }

    public Database database() {
        return db;
    }

    public String version() {
        return version;
    }

    private static String readVersion() {
        try (InputStream in = BrigadeServer.class.getResourceAsStream("version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }

    @Override
    public void close() {
        signal.close();
        watcher.close();
        if (app != null) {
            app.stop();
        }
        db.close();
    }
}

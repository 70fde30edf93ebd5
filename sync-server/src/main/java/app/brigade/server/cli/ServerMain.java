package app.brigade.server.cli;

import app.brigade.model.catalog.Catalog;
import app.brigade.server.BrigadeServer;
import app.brigade.server.ServerConfig;
import app.brigade.server.api.ProblemException;
import app.brigade.server.auth.DeviceKind;
import app.brigade.server.auth.EnrollmentService;
import app.brigade.server.catalog.PublishReply;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * The server's command line: {@code server} runs it; {@code enroll}, {@code import-catalog},
 * {@code create-admin-token} and {@code revoke-device} administer its database.
 */
public final class ServerMain {

    private static final Set<String> COMMON = Set.of("config", "data", "db");

    private static final Map<String, String> HELP = Map.of(
            "server", """
                    Usage: server [--config FILE] [--port N] [--host ADDR] [--data DIR] [--db JDBC_URL]
                      Runs the Brigade sync server (HTTPS when the config names a keystore).
                      --config FILE  properties file (keys: %s)
                      --port N       TCP port, 0-65535 (default %d; 0 picks a free one)
                      --host ADDR    address to listen on (default 0.0.0.0, all interfaces)
                      --data DIR     data folder; the H2 database lives here (default ./data)
                      --db URL       jdbc:postgresql://host:port/db instead of H2 (password: BRIGADE_DB_PASSWORD)
                    Commands: enroll, import-catalog, create-admin-token, revoke-device (each has --help)
                    """.formatted(String.join(", ", ConfigFile.KEYS), ServerConfig.DEFAULT_PORT),
            "enroll", """
                    Usage: server enroll --name NAME --kind pos|kds [--ttl-hours N] [--config F] [--data DIR] [--db URL]
                      Prints a one-time code a terminal enrolls with (POST /v1/devices/enroll).
                      --ttl-hours N  how long the code stays valid, 1-168 (default 24)
                    """,
            "import-catalog", """
                    Usage: server import-catalog FILE.json [--config F] [--data DIR] [--db URL]
                      Validates the catalog and publishes it as the next version.
                    """,
            "create-admin-token", """
                    Usage: server create-admin-token [--ttl-days N] [--config F] [--data DIR] [--db URL]
                      Prints a new administrator token (PUT /v1/catalog, enrollment codes, revocation).
                      --ttl-days N   validity, 1-3650 (default 365)
                    """,
            "revoke-device", """
                    Usage: server revoke-device --device DEVICE_ID [--config F] [--data DIR] [--db URL]
                      Revokes the device and all its tokens; it must enroll again.
                    """);

    private final PrintStream out;
    private final PrintStream err;

    public ServerMain(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        int code = new ServerMain(System.out, System.err).run(args);
        if (code != 0) {
            System.exit(code);
        }
    }

    /** Runs one command; returns the process exit code (0 ok, 1 failure, 2 bad usage). */
    public int run(String... args) {
        List<String> list = Arrays.asList(args);
        String command = !list.isEmpty() && !list.getFirst().startsWith("-") ? list.getFirst() : "server";
        List<String> rest = command.equals("server") && (list.isEmpty() || list.getFirst().startsWith("-"))
                ? list : list.subList(1, list.size());
        if (!HELP.containsKey(command)) {
            err.println("unknown command '" + command + "'; allowed: server, enroll, import-catalog, "
                    + "create-admin-token, revoke-device (try --help)");
            return 2;
        }
        try {
            return switch (command) {
                case "enroll" -> enroll(parse(command, rest, "name", "kind", "ttl-hours"));
                case "import-catalog" -> importCatalog(parse(command, rest));
                case "create-admin-token" -> createAdminToken(parse(command, rest, "ttl-days"));
                case "revoke-device" -> revokeDevice(parse(command, rest, "device"));
                default -> serve(parse(command, rest, "port", "host"));
            };
        } catch (HelpShown h) {
            return 0;
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            return 2;
        } catch (ProblemException e) {
            err.println("error: " + e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            err.println("error: " + explain(e));
            return 1;
        }
    }

    private static final class HelpShown extends RuntimeException {
        HelpShown() {
            super(null, null, false, false);
        }
    }

    private Options parse(String command, List<String> args, String... own) {
        Set<String> allowed = new HashSet<>(COMMON);
        allowed.addAll(List.of(own));
        Options o = Options.parse(command, args, allowed);
        if (o.help()) {
            out.print(HELP.get(command));
            throw new HelpShown();
        }
        if (!command.equals("import-catalog") && !o.positional().isEmpty()) {
            throw new UsageException("unexpected argument '" + o.positional().getFirst() + "' for '" + command
                    + "' (try --help)");
        }
        return o;
    }

    private static ServerConfig config(Options o) {
        ServerConfig.Builder b = ServerConfig.builder();
        if (o.get("config") != null) {
            Path file = Path.of(o.get("config"));
            if (!Files.isRegularFile(file)) {
                throw new UsageException("--config '" + file + "' is not a readable file");
            }
            ConfigFile.apply(file, b);
        }
        String envDbPassword = System.getenv("BRIGADE_DB_PASSWORD");
        if (envDbPassword != null) {
            b.dbPassword(envDbPassword);
        }
        String envTlsPassword = System.getenv("BRIGADE_TLS_KEYSTORE_PASSWORD");
        if (envTlsPassword != null) {
            b.keystorePassword(envTlsPassword);
        }
        if (o.get("data") != null) {
            b.dataDir(Path.of(o.get("data")));
        }
        if (o.get("db") != null) {
            String url = o.get("db");
            if (!url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:postgresql:")) {
                throw new UsageException("--db '" + url + "' is not allowed; use jdbc:postgresql://host:port/db "
                        + "(or jdbc:h2:file:PATH)");
            }
            b.dbUrl(url);
        }
        if (o.get("port") != null) {
            b.port(Options.intValue("--port", o.get("port"), 0, 65_535));
        }
        if (o.get("host") != null) {
            b.host(o.get("host"));
        }
        try {
            ServerConfig config = b.build();
            if (config.tls() != null && !Files.isReadable(config.tls().keystore())) {
                throw new UsageException("tls.keystore '" + config.tls().keystore() + "' is not a readable file");
            }
            if (config.dbUrl() == null) {
                Files.createDirectories(config.dataDir());
            }
            return config;
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        } catch (IOException e) {
            throw new UsageException("data folder cannot be created: " + e.getMessage());
        }
    }

    private int serve(Options o) {
        ServerConfig config = config(o);
        BrigadeServer server = BrigadeServer.start(config);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "brigade-shutdown"));
        out.println("Brigade sync server " + server.version() + " on " + (config.tls() == null ? "http" : "https")
                + "://" + config.host() + ":" + server.port() + "/v1 (stop with Ctrl+C)");
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    private int enroll(Options o) {
        String name = require(o, "name", "a terminal name, e.g. \"Bar POS\"");
        DeviceKind kind;
        try {
            kind = DeviceKind.parse(require(o, "kind", "pos or kds"), "--kind");
        } catch (ProblemException e) {
            throw new UsageException(e.getMessage());
        }
        int hours = o.get("ttl-hours") == null ? 24 : Options.intValue("--ttl-hours", o.get("ttl-hours"), 1, 168);
        try (BrigadeServer server = BrigadeServer.open(config(o))) {
            EnrollmentService.IssuedCode code = server.enrollment().issueCode(name, kind, Duration.ofHours(hours));
            out.println(code.code());
            err.println("Enrollment code for " + kind.wire() + " '" + code.name() + "', valid until "
                    + code.expiresAt() + " (one use).");
        }
        return 0;
    }

    private int importCatalog(Options o) {
        if (o.positional().size() != 1) {
            throw new UsageException("import-catalog needs exactly one FILE.json (got " + o.positional().size() + ")");
        }
        Path file = Path.of(o.positional().getFirst());
        String json;
        try {
            json = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UsageException("catalog file '" + file + "' cannot be read: " + e.getMessage());
        }
        try (BrigadeServer server = BrigadeServer.open(config(o))) {
            Catalog catalog = server.catalogs().parse(json);
            PublishReply reply = server.catalogs().publish(catalog, "cli");
            out.println("Published catalog version " + reply.version() + " (ETag " + reply.etag() + ")");
        } catch (ProblemException e) {
            Object violations = e.extensions().get("violations");
            throw new UsageException("catalog file '" + file + "' is not valid: " + (violations != null
                    ? violations : e.getMessage()));
        }
        return 0;
    }

    private int createAdminToken(Options o) {
        int days = o.get("ttl-days") == null ? 365 : Options.intValue("--ttl-days", o.get("ttl-days"), 1, 3650);
        try (BrigadeServer server = BrigadeServer.open(config(o))) {
            out.println(server.tokens().createAdminToken(Duration.ofDays(days)));
            err.println("Administrator token valid for " + days + " days; it is shown only now, keep it safe.");
        }
        return 0;
    }

    private int revokeDevice(Options o) {
        String device = require(o, "device", "the device id printed at enrollment");
        try (BrigadeServer server = BrigadeServer.open(config(o))) {
            if (!server.tokens().revokeDevice(device)) {
                throw new UsageException("--device '" + device + "' is not enrolled on this server");
            }
            out.println("Revoked " + device);
        }
        return 0;
    }

    private static String require(Options o, String key, String allowed) {
        String v = o.get(key);
        if (v == null || v.isBlank()) {
            throw new UsageException("--" + key + " is required: " + allowed);
        }
        return v;
    }

    /** Turns a start-up failure into one line a store manager can act on. */
    private static String explain(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == 90020) {
                return "the H2 database is in use by a running server; stop it first, or use the HTTP API "
                        + "with an administrator token (POST /v1/enrollment-codes, PUT /v1/catalog)";
            }
            if (t instanceof java.net.BindException) {
                return "the port is already in use (" + t.getMessage() + "); choose another with --port";
            }
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return e.getMessage() + (root != e ? " (" + root.getMessage() + ")" : "");
    }
}

package app.brigade.server.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A throw-away PostgreSQL cluster: {@code initdb} in a temp folder, a free loopback port, the unix
 * socket in the same folder, {@code pg_ctl stop -m fast} on close. As root the binaries run as the
 * {@code postgres} user (PostgreSQL refuses to run as root). Fails loudly when PostgreSQL is missing.
 */
public final class PostgresCluster implements AutoCloseable {

    public static final String USER = "brigade";

    private final Path dir;
    private final Path bin;
    private final int port;
    private final boolean asPostgresUser;
    private final AtomicInteger databases = new AtomicInteger();

    private PostgresCluster(Path dir, Path bin, int port, boolean asPostgresUser) {
        this.dir = dir;
        this.bin = bin;
        this.port = port;
        this.asPostgresUser = asPostgresUser;
    }

    /** Starts a cluster tuned for tests (no fsync); {@code durable} keeps fsync on, for benchmarks. */
    public static PostgresCluster start(boolean durable) {
        Path bin = findBinaries();
        try {
            Path dir = Files.createTempDirectory("brigade-pg");
            boolean root = "root".equals(System.getProperty("user.name"));
            PostgresCluster cluster = new PostgresCluster(dir, bin, freePort(), root);
            if (root) {
                cluster.exec(List.of("chown", "-R", "postgres", dir.toString()), false);
            }
            cluster.exec(List.of(bin.resolve("initdb").toString(), "-D", dir.resolve("data").toString(), "-A", "trust",
                    "-U", USER, "-E", "UTF8", "--no-sync", "--locale=C"), root);
            String options = "-p " + cluster.port + " -k " + dir + " -c listen_addresses=127.0.0.1"
                    + " -c max_connections=200" + (durable ? "" : " -c fsync=off -c synchronous_commit=off"
                    + " -c full_page_writes=off");
            cluster.exec(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-o",
                    options, "-l", dir.resolve("postgres.log").toString(), "-w", "-t", "60", "start"), root);
            return cluster;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start a PostgreSQL test cluster: " + e.getMessage(), e);
        }
    }

    private static Path findBinaries() {
        List<Path> candidates = new ArrayList<>();
        for (String p : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!p.isBlank()) {
                candidates.add(Path.of(p));
            }
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                versions.map(v -> v.resolve("bin")).sorted(Comparator.reverseOrder()).forEach(candidates::add);
            } catch (IOException e) {
                // Fall through to the error below.
            }
        }
        for (Path c : candidates) {
            if (Files.isExecutable(c.resolve("initdb")) && Files.isExecutable(c.resolve("pg_ctl"))) {
                return c;
            }
        }
        throw new IllegalStateException("PostgreSQL server binaries (initdb, pg_ctl) were not found on PATH or under "
                + "/usr/lib/postgresql/*/bin; install them (Debian: apt-get install postgresql) - these tests need a "
                + "real PostgreSQL");
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private void exec(List<String> command, boolean asPostgres) {
        List<String> full = new ArrayList<>();
        if (asPostgres) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        try {
            Process p = new ProcessBuilder(full).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", full) + " failed:\n" + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + String.join(" ", full) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command.getFirst(), e);
        }
    }

    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** A new empty database; returns its JDBC URL (user {@link #USER}, no password). */
    public String createDatabase() {
        String name = "brigade_" + databases.incrementAndGet();
        try (Connection c = DriverManager.getConnection(url("postgres"), USER, "");
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name + ": " + e.getMessage(), e);
        }
        return url(name);
    }

    @Override
    public void close() {
        try {
            exec(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "fast", "-w",
                    "stop"), asPostgresUser);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // Leftovers in /tmp are harmless.
            }
        }
    }
}

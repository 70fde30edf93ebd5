package app.brigade.server;

import app.brigade.server.db.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;

/**
 * Everything a server instance needs to start. Defaults give a no-setup restaurant server: port 8470
 * on all interfaces, H2 in {@code ./data}, plain HTTP.
 */
public record ServerConfig(
        String host,
        int port,
        Path dataDir,
        String dbUrl,
        String dbUser,
        String dbPassword,
        Tls tls,
        int maxBatch,
        long maxBodyBytes,
        int maxWaitSeconds,
        int feedPollMillis,
        Clock clock) {

    public static final int DEFAULT_PORT = 8470;
    /** DESIGN §3: at most 500 events per push. */
    public static final int MAX_BATCH = 500;

    /** A PKCS12 (or JKS) keystore holding the server's certificate and private key. */
    public record Tls(Path keystore, String password, String type) {
        public Tls {
            Objects.requireNonNull(keystore, "tls keystore");
            password = password == null ? "" : password;
            type = type == null || type.isBlank() ? "PKCS12" : type;
        }
    }

    public ServerConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(clock, "clock");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port " + port + " is not allowed; use 0 to 65535 (0 picks a free port)");
        }
        if (maxBatch < 1 || maxBatch > MAX_BATCH) {
            throw new IllegalArgumentException("maxBatch " + maxBatch + " is not allowed; use 1 to " + MAX_BATCH);
        }
        if (maxBodyBytes < 1024) {
            throw new IllegalArgumentException("maxBodyBytes " + maxBodyBytes + " is not allowed; use at least 1024");
        }
        if (maxWaitSeconds < 0 || maxWaitSeconds > 60) {
            throw new IllegalArgumentException("maxWaitSeconds " + maxWaitSeconds + " is not allowed; use 0 to 60");
        }
        if (feedPollMillis < 1 || feedPollMillis > 10_000) {
            throw new IllegalArgumentException("feedPollMillis " + feedPollMillis + " is not allowed; use 1 to 10000");
        }
        dbUser = dbUser == null ? "" : dbUser;
        dbPassword = dbPassword == null ? "" : dbPassword;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The JDBC URL in use: the configured one, or the H2 file in the data folder. */
    public String jdbcUrl() {
        return dbUrl != null ? dbUrl : Database.h2Url(dataDir);
    }

    /** Collects settings from defaults, a config file and the command line, in that order. */
    public static final class Builder {
        private String host = "0.0.0.0";
        private int port = DEFAULT_PORT;
        private Path dataDir = Path.of("data");
        private String dbUrl;
        private String dbUser;
        private String dbPassword;
        private Path keystore;
        private String keystorePassword;
        private String keystoreType;
        private int maxBatch = MAX_BATCH;
        private long maxBodyBytes = 8L * 1024 * 1024;
        private int maxWaitSeconds = 30;
        private int feedPollMillis = 25;
        private Clock clock = Clock.systemUTC();

        public Builder host(String v) { host = v; return this; }
        public Builder port(int v) { port = v; return this; }
        public Builder dataDir(Path v) { dataDir = v; return this; }
        public Builder dbUrl(String v) { dbUrl = v; return this; }
        public Builder dbUser(String v) { dbUser = v; return this; }
        public Builder dbPassword(String v) { dbPassword = v; return this; }
        public Builder keystore(Path v) { keystore = v; return this; }
        public Builder keystorePassword(String v) { keystorePassword = v; return this; }
        public Builder keystoreType(String v) { keystoreType = v; return this; }
        public Builder maxBatch(int v) { maxBatch = v; return this; }
        public Builder maxBodyBytes(long v) { maxBodyBytes = v; return this; }
        public Builder maxWaitSeconds(int v) { maxWaitSeconds = v; return this; }
        public Builder feedPollMillis(int v) { feedPollMillis = v; return this; }
        public Builder clock(Clock v) { clock = v; return this; }

        public ServerConfig build() {
            Tls tls = keystore == null ? null : new Tls(keystore, keystorePassword, keystoreType);
            return new ServerConfig(host, port, dataDir, dbUrl, dbUser, dbPassword, tls, maxBatch, maxBodyBytes,
                    maxWaitSeconds, feedPollMillis, clock);
        }
    }
}

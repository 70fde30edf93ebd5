package app.brigade.server.cli;

import app.brigade.server.ServerConfig;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/**
 * Reads a server config file (Java properties). Secrets may come from the environment instead:
 * {@code BRIGADE_DB_PASSWORD}, {@code BRIGADE_TLS_KEYSTORE_PASSWORD}.
 */
final class ConfigFile {

    static final List<String> KEYS = List.of("host", "port", "data", "db.url", "db.user", "db.password",
            "tls.keystore", "tls.keystore.password", "tls.keystore.type", "limits.batch", "limits.body.bytes",
            "feed.wait.max.seconds", "feed.poll.millis");

    private ConfigFile() {
    }

    static void apply(Path file, ServerConfig.Builder b) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new UsageException("config file '" + file + "' cannot be read: " + e.getMessage());
        }
        for (String key : p.stringPropertyNames()) {
            if (!KEYS.contains(key)) {
                throw new UsageException("config file '" + file + "': unknown key '" + key + "'; allowed: "
                        + String.join(", ", KEYS));
            }
            String v = p.getProperty(key).trim();
            String where = "config file '" + file + "': " + key;
            switch (key) {
                case "host" -> b.host(v);
                case "port" -> b.port(Options.intValue(where, v, 0, 65_535));
                case "data" -> b.dataDir(Path.of(v));
                case "db.url" -> b.dbUrl(v);
                case "db.user" -> b.dbUser(v);
                case "db.password" -> b.dbPassword(v);
                case "tls.keystore" -> b.keystore(Path.of(v));
                case "tls.keystore.password" -> b.keystorePassword(v);
                case "tls.keystore.type" -> b.keystoreType(v);
                case "limits.batch" -> b.maxBatch(Options.intValue(where, v, 1, ServerConfig.MAX_BATCH));
                case "limits.body.bytes" -> b.maxBodyBytes(Options.intValue(where, v, 1024, Integer.MAX_VALUE));
                case "feed.wait.max.seconds" -> b.maxWaitSeconds(Options.intValue(where, v, 0, 60));
                case "feed.poll.millis" -> b.feedPollMillis(Options.intValue(where, v, 1, 10_000));
                default -> throw new IllegalStateException(key);
            }
        }
    }
}

package app.brigade.server.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * The server's database: a HikariCP pool, Flyway migrations for the detected dialect and a jOOQ
 * context. H2 (an embedded file) for a single restaurant, PostgreSQL for several instances.
 */
public final class Database implements AutoCloseable {

    private final HikariDataSource dataSource;
    private final SQLDialect dialect;
    private final DSLContext dsl;

    private Database(HikariDataSource dataSource, SQLDialect dialect) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        Settings settings = new Settings()
                .withRenderQuotedNames(RenderQuotedNames.NEVER)
                .withExecuteLogging(false);
        this.dsl = DSL.using(dataSource, dialect, settings);
    }

    static {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
    }

    /** The default store: an H2 file {@code brigade.mv.db} in the data folder. */
    public static String h2Url(Path dataDir) {
        // WRITE_DELAY=0 and a CHECKPOINT SYNC after each ingest (see syncToDisk) because an ack lets
        // the terminal forget the event; LOCK_TIMEOUT covers writers queued on the feed head.
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("brigade") + ";WRITE_DELAY=0;LOCK_TIMEOUT=30000";
    }

    /** Opens the pool and migrates the schema; the URL picks the dialect ({@code jdbc:h2:} or {@code jdbc:postgresql:}). */
    public static Database open(String jdbcUrl, String user, String password, int maxPoolSize) {
        SQLDialect dialect = dialectOf(jdbcUrl);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(maxPoolSize);
        config.setPoolName("brigade-db");
        config.setConnectionTimeout(10_000);
        config.setInitializationFailTimeout(1);
        if (dialect == SQLDialect.POSTGRES) {
            config.addDataSourceProperty("reWriteBatchedInserts", "true");
        }
        HikariDataSource ds = new HikariDataSource(config);
        try {
            Flyway.configure()
                    .dataSource(ds)
                    // Not under db/migration: a terminal JVM also holding local-store would otherwise see these
                    // scripts in the store's recursive Flyway scan.
                    .locations("classpath:db/server/" + (dialect == SQLDialect.H2 ? "h2" : "postgresql"))
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            ds.close();
            throw e;
        }
        return new Database(ds, dialect);
    }

    public static SQLDialect dialectOf(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:h2:")) {
            return SQLDialect.H2;
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return SQLDialect.POSTGRES;
        }
        throw new IllegalArgumentException("database URL '" + jdbcUrl
                + "' is not supported; use jdbc:h2:file:… or jdbc:postgresql://host:port/db");
    }

    public DSLContext dsl() {
        return dsl;
    }

    public SQLDialect dialect() {
        return dialect;
    }

    /**
     * Makes the last commits durable. H2 does not fsync on commit, so an acknowledged batch is forced
     * to disk before the reply; PostgreSQL already fsyncs its WAL on commit.
     */
    public void syncToDisk() {
        if (dialect == SQLDialect.H2) {
            dsl.execute("CHECKPOINT SYNC");
        }
    }

    /** True when a trivial query answers. */
    public boolean reachable() {
        try (var c = dataSource.getConnection()) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public void close() {
        dataSource.close();
    }
}

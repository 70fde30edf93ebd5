package app.brigade.store.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * The H2 file database holding the projections: one writer connection (used only by whoever holds
 * {@link #writeLock()}) and a small pool for queries. {@code WRITE_DELAY=0} writes every commit to
 * the file at once; durability of events comes from the journal, not from H2.
 */
public final class Database implements AutoCloseable {

    /** The file name H2 gives the database {@code brigade}. */
    public static final String FILE_NAME = "brigade.mv.db";

    /**
     * How long the writer waits for a row lock before H2 gives up (error 50200). The writer is the only
     * connection that writes, so any wait is for a lock left in the file by an earlier process; see
     * {@link StaleLockException}. Short, so recovery notices such a lock in seconds, not never.
     */
    public static final int WRITER_LOCK_TIMEOUT_MS = 3000;

    static {
        // A terminal's log is for operators: no jOOQ banner or tips on every start.
        System.setProperty("org.jooq.no-logo", System.getProperty("org.jooq.no-logo", "true"));
        System.setProperty("org.jooq.no-tips", System.getProperty("org.jooq.no-tips", "true"));
    }

    private final Path base;
    private final JdbcConnectionPool pool;
    private final Connection writerConnection;
    /** Borrowed on first use (a rebuild's staging database never asks for it); guarded by {@code this}. */
    private Connection lookupConnection;
    /** Set when {@link #shutdown} starts, so no lookup connection is borrowed from a pool being disposed; guarded by {@code this}. */
    private boolean shutDown;
    private final DSLContext writer;
    private final DSLContext reader;
    private final Object writeLock = new Object();

    private Database(Path base, JdbcConnectionPool pool, Connection writerConnection) {
        this.base = base;
        this.pool = pool;
        this.writerConnection = writerConnection;
        Settings settings = new Settings().withExecuteLogging(false).withRenderFormatted(false);
        this.writer = DSL.using(writerConnection, SQLDialect.H2, settings);
        this.reader = DSL.using(pool, SQLDialect.H2, settings);
    }

    /**
     * Opens (or creates) the database at {@code dir/brigade.mv.db} and migrates it with Flyway.
     * Throws whatever H2 or Flyway throw when the file is unreadable; the caller decides to rebuild.
     */
    public static Database open(Path dir) throws SQLException {
        return open(dir, 0);
    }

    /**
     * Opens (or creates) a database that is being rebuilt from the journal and is not the store's
     * database until the rebuild renames it into place. Its commits are not written at once: H2's
     * background writer stores changed pages every few milliseconds ({@code WRITE_DELAY}
     * {@value #REBUILD_WRITE_DELAY_MS} ms), on the other core, instead of the replaying thread doing it.
     * A crash only means building it again. The rebuild ends with {@link #closeCompacted()}.
     */
    public static Database openForRebuild(Path dir) throws SQLException {
        return open(dir, REBUILD_WRITE_DELAY_MS);
    }

    /**
     * Measured on a 100k-event rebuild (2 cores): 0 ms ≈ 7.5k events/s, 10 ms ≈ 10k, 50 ms ≈ 11–12k,
     * 500 ms ≈ 9–10k, 5 s ≈ 9.5k (one run each on a shared machine, ±15 %).
     */
    static final int REBUILD_WRITE_DELAY_MS = 50;

    private static Database open(Path dir, int writeDelayMillis) throws SQLException {
        Path base = dir.resolve("brigade").toAbsolutePath();
        String url = "jdbc:h2:file:" + base + ";WRITE_DELAY=" + writeDelayMillis
                + ";DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=128";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        pool.setMaxConnections(8);
        Connection writer = null;
        try {
            writer = pool.getConnection();
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
            writer.setAutoCommit(false);
            try (Statement st = writer.createStatement()) {
                st.execute("SET LOCK_TIMEOUT " + WRITER_LOCK_TIMEOUT_MS);
            }
            return new Database(base, pool, writer);
        } catch (SQLException | RuntimeException e) {
            if (writer != null) {
                try {
                    writer.close();
                } catch (SQLException ignored) {
                    // the original failure is what matters
                }
            }
            pool.dispose();
            throw e;
        }
    }

    /** The writer; use only while holding {@link #writeLock()}, and end with {@link #commit()} or {@link #rollback()}. */
    public DSLContext writer() {
        return writer;
    }

    /** For queries; each call borrows a pooled connection in auto-commit mode. */
    public DSLContext reader() {
        return reader;
    }

    /** The writer's JDBC connection, for statements prepared once and reused; same rules as {@link #writer()}. */
    public Connection writerConnection() {
        return writerConnection;
    }

    /**
     * A connection of its own (auto-commit) for lookups on a hot path, with statements prepared once and
     * reused, so H2 neither parses nor plans them again; for one thread at a time (the caller serialises).
     */
    public synchronized Connection lookupConnection() throws SQLException {
        if (shutDown) {
            throw new SQLException("the database " + base + " is closed", "08003");
        }
        if (lookupConnection == null) {
            lookupConnection = pool.getConnection();
        }
        return lookupConnection;
    }

    public Object writeLock() {
        return writeLock;
    }

    public void commit() {
        try {
            writerConnection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("H2 commit failed for " + base, e);
        }
    }

    public void rollback() {
        try {
            writerConnection.rollback();
        } catch (SQLException e) {
            throw new IllegalStateException("H2 rollback failed for " + base, e);
        }
    }

    /** Writes everything to the file and fsyncs it ({@code CHECKPOINT SYNC}); required before deleting journal segments. */
    public void checkpoint() {
        synchronized (writeLock) {
            try (Statement st = writerConnection.createStatement()) {
                st.execute("CHECKPOINT SYNC");
                writerConnection.commit();
            } catch (SQLException e) {
                throw new IllegalStateException("H2 checkpoint failed for " + base, e);
            }
        }
    }

    /**
     * Rewrites up to {@code maxBytes} of H2's emptiest chunks when the live share of the chunks' bytes is
     * below {@code targetFillRate} percent, so the space that old page versions hold is freed and reused.
     * H2 does this only from its background writer, which {@code WRITE_DELAY=0} turns off: without it the
     * file kept every chunk that still held one live page and grew by about 11 KB per applied event, for
     * good (ADR 0018). Only chunks older than H2's retention time (45 s) are rewritten. Runs on the caller's
     * thread while holding {@link #writeLock()}; returns whether anything was rewritten.
     */
    public boolean compactSome(int targetFillRate, int maxBytes) {
        synchronized (writeLock) {
            try {
                return mvStore().compact(targetFillRate, maxBytes);
            } catch (RuntimeException e) {
                throw new IllegalStateException("compacting H2 failed for " + base, e);
            }
        }
    }

    /** How much of the bytes in H2's chunks are live pages, in percent (old page versions are the rest). */
    public int chunksFillRate() {
        return mvStore().getFileStore().getChunksFillRate();
    }

    private org.h2.mvstore.MVStore mvStore() {
        try {
            org.h2.engine.Session session = writerConnection.unwrap(org.h2.jdbc.JdbcConnection.class).getSession();
            return ((org.h2.engine.SessionLocal) session).getDatabase().getStore().getMvStore();
        } catch (SQLException e) {
            throw new IllegalStateException("H2's store is not reachable for " + base, e);
        }
    }

    /** Size of the database file in bytes. */
    public long sizeBytes() {
        return base.resolveSibling(FILE_NAME).toFile().length();
    }

    /**
     * Closes the database and rewrites its file with only the live pages ({@code SHUTDOWN COMPACT}). For a
     * rebuilt database before it is installed (ADR 0019): building it leaves many times its live data in the
     * file (826 MB for 200k events, 93 MB once compacted, in 5.3 s). Throws when H2 could not finish, so a
     * half-compacted file is never installed.
     */
    public void closeCompacted() throws SQLException {
        shutdown("SHUTDOWN COMPACT");
    }

    @Override
    public void close() {
        try {
            shutdown("SHUTDOWN");
        } catch (SQLException e) {
            // already closed or broken: the journal still has everything
        }
    }

    /** Commits, runs {@code shutdownSql}, then closes the writer and the pool whatever happened. */
    private void shutdown(String shutdownSql) throws SQLException {
        synchronized (this) {
            shutDown = true;
        }
        synchronized (writeLock) {
            try (Statement st = writerConnection.createStatement()) {
                writerConnection.commit();
                st.execute(shutdownSql);
            } finally {
                Connection lookups;
                synchronized (this) {
                    lookups = lookupConnection;
                }
                for (Connection c : new Connection[] {lookups, writerConnection}) {
                    if (c == null) {
                        continue;
                    }
                    try {
                        c.close();
                    } catch (SQLException ignored) {
                        // the shutdown closed it
                    }
                }
                pool.dispose();
            }
        }
    }
}

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
 * {@link #writeLock()}) and a small pool for queries. H2 stores commits from its background
 * writer ({@code WRITE_DELAY}); durability of events comes from the journal, not from H2.
 */
public final class Database implements AutoCloseable {

    /** The file name H2 gives the database {@code brigade}. */
    public static final String FILE_NAME = "brigade.mv.db";

    /** How long H2 may hold projection commits before its background writer stores them. */
    static final int WRITE_DELAY_MILLIS = 500;

    static {
        // A terminal's log is for operators: no jOOQ banner or tips on every start.
        System.setProperty("org.jooq.no-logo", System.getProperty("org.jooq.no-logo", "true"));
        System.setProperty("org.jooq.no-tips", System.getProperty("org.jooq.no-tips", "true"));
    }

    private final Path base;
    private final JdbcConnectionPool pool;
    private final Connection writerConnection;
    private final DSLContext writer;
    private final DSLContext reader;
    private final Object writeLock = new Object();
    private final java.util.Map<String, java.sql.PreparedStatement> prepared = new java.util.HashMap<>();

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
        Path base = dir.resolve("brigade").toAbsolutePath();
        // WRITE_DELAY > 0: commits reach the file from H2's background writer (which also compacts it)
        // instead of one MVStore chunk per commit. Events need no more: their durability is the journal, and
        // applied_position moves in the same transaction, so a lost H2 commit is replayed on open (ADR 0011).
        // State that is not an event (acks, cursors, catalog) is written with commitDurable().
        String url = "jdbc:h2:file:" + base + ";WRITE_DELAY=" + WRITE_DELAY_MILLIS
                + ";DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=128";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        pool.setMaxConnections(8);
        Connection writer = null;
        try {
            writer = pool.getConnection();
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
            writer.setAutoCommit(false);
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

    public Object writeLock() {
        return writeLock;
    }

    /**
     * A prepared statement on the writer connection, prepared once and reused (hot inserts skip both jOOQ
     * rendering and H2 parsing). Use only while holding {@link #writeLock()}; do not close it.
     */
    public java.sql.PreparedStatement prepared(String sql) {
        java.sql.PreparedStatement ps = prepared.get(sql);
        if (ps == null) {
            try {
                ps = writerConnection.prepareStatement(sql);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot prepare '" + sql + "' on " + base, e);
            }
            prepared.put(sql, ps);
        }
        return ps;
    }

    public void commit() {
        try {
            writerConnection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("H2 commit failed for " + base, e);
        }
    }

    /**
     * Commits and writes everything to the file at once ({@code CHECKPOINT}), for state that is not an
     * event and so cannot be replayed from the journal: what {@code WRITE_DELAY=0} gave every commit.
     */
    public void commitDurable() {
        try (Statement st = writerConnection.createStatement()) {
            writerConnection.commit();
            st.execute("CHECKPOINT");
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

    /** Size of the database file in bytes. */
    public long sizeBytes() {
        return base.resolveSibling(FILE_NAME).toFile().length();
    }

    @Override
    public void close() {
        synchronized (writeLock) {
            for (java.sql.PreparedStatement ps : prepared.values()) {
                try {
                    ps.close();
                } catch (SQLException ignored) {
                    // closing anyway
                }
            }
            prepared.clear();
            try (Statement st = writerConnection.createStatement()) {
                writerConnection.commit();
                st.execute("SHUTDOWN");
            } catch (SQLException e) {
                // already closed or broken: the journal still has everything
            } finally {
                try {
                    writerConnection.close();
                } catch (SQLException ignored) {
                    // closing a dead connection
                }
                pool.dispose();
            }
        }
    }
}

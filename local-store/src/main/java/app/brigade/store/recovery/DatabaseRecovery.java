package app.brigade.store.recovery;

import static app.brigade.store.db.schema.Tables.STORE_STATE;

import app.brigade.store.db.Database;
import app.brigade.store.db.IntegrityCheck;
import app.brigade.store.db.StaleLockException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the H2 file, or, when it is missing, will not open or fails its integrity check, moves it
 * aside (kept, never deleted) and asks for a new one to be rebuilt from the journal ({@link Rebuild}).
 */
final class DatabaseRecovery {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseRecovery.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private final StoreLayout layout;
    private final String deviceId;

    DatabaseRecovery(StoreLayout layout, String deviceId) {
        this.layout = layout;
        this.deviceId = deviceId;
    }

    OpenedDatabase open(boolean journalHasEvents) throws IOException {
        Files.createDirectories(layout.databaseDir());
        boolean existed = Files.exists(layout.databaseFile());
        if (!existed && journalHasEvents) {
            return OpenedDatabase.toRebuild(Optional.empty(), "the database file was missing");
        }
        Database db = null;
        String problem;
        try {
            db = Database.open(layout.databaseDir());
            boolean initialized = ensureState(db);
            Database opened = db;
            Optional<String> damage = IntegrityCheck.run(db.reader()).or(() -> stateWriteProblem(opened));
            if (damage.isEmpty() && existed && initialized) {
                return new OpenedDatabase(db, DatabaseState.OPENED, Optional.empty(), Optional.empty());
            }
            if (damage.isEmpty() && !journalHasEvents) {
                return new OpenedDatabase(db, DatabaseState.CREATED, Optional.empty(), Optional.empty());
            }
            problem = damage.orElse("the database held no store state");
        } catch (java.sql.SQLException | RuntimeException e) {
            if (e instanceof DeviceMismatchException mismatch) {
                closeQuietly(db);
                throw mismatch;
            }
            problem = "the database cannot be opened: " + e.getMessage();
        }
        return rebuild(db, problem);
    }

    /**
     * Closes {@code damaged} (if open) and moves its files aside (kept, never deleted); the journal is
     * then replayed into a new database by {@link Rebuild}, which {@link #openRebuilt} opens.
     */
    OpenedDatabase rebuild(Database damaged, String problem) throws IOException {
        closeQuietly(damaged);
        LOG.error("H2 database in {} is damaged ({}); moving it aside and rebuilding it from the journal",
                layout.databaseDir(), problem);
        return OpenedDatabase.toRebuild(Optional.of(moveAside()), problem);
    }

    /** Opens the database {@link Rebuild} has just installed, reporting it as rebuilt for {@code pending}'s reason. */
    OpenedDatabase openRebuilt(OpenedDatabase pending) throws IOException {
        try {
            Database db = Database.open(layout.databaseDir());
            try {
                ensureState(db);
            } catch (RuntimeException e) {
                closeQuietly(db);
                throw e;
            }
            return new OpenedDatabase(db, DatabaseState.REBUILT, pending.movedTo(), pending.problem());
        } catch (java.sql.SQLException e) {
            throw new IOException("cannot open the database rebuilt in " + layout.databaseDir() + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * Reads cannot see a row lock left in the file by an earlier process, but every apply writes the
     * state row: write it now (a no-op update under the writer's short lock timeout) so such a lock
     * shows up as damage here instead of as a replay or apply that waits forever.
     */
    private static Optional<String> stateWriteProblem(Database db) {
        synchronized (db.writeLock()) {
            try {
                db.writer().update(STORE_STATE).set(STORE_STATE.APPLIED_POSITION, STORE_STATE.APPLIED_POSITION)
                        .where(STORE_STATE.ID.eq(1)).execute();
                db.commit();
                return Optional.empty();
            } catch (RuntimeException e) {
                rollbackQuietly(db);
                if (StaleLockException.lockTimeoutIn(e).isPresent()) {
                    return Optional.of("the store state row is locked by a transaction an earlier process left in"
                            + " the file (a write waited over " + Database.WRITER_LOCK_TIMEOUT_MS + " ms)");
                }
                return Optional.of("the store state row cannot be written: " + e.getMessage());
            }
        }
    }

    /**
     * Transactions prepared for a two-phase commit and never finished (the store never prepares any)
     * survive a restart with their row locks; any left in the file makes it damaged.
     */
    static Optional<String> inDoubtTransactions(Database db) {
        try {
            Integer n = db.reader().fetchOne("SELECT COUNT(*) FROM INFORMATION_SCHEMA.IN_DOUBT").get(0, Integer.class);
            return n == null || n == 0 ? Optional.empty()
                    : Optional.of("the database holds " + n + " in-doubt (prepared, never committed) transaction(s)"
                            + " left by an earlier process, whose row locks would block writes");
        } catch (RuntimeException e) {
            return Optional.of("the database's open transactions cannot be listed: " + e.getMessage());
        }
    }

    private static void rollbackQuietly(Database db) {
        try {
            db.rollback();
        } catch (RuntimeException ignored) {
            // the database is about to be abandoned
        }
    }

    /** Creates the single state row if missing; false when it had to be created. */
    private boolean ensureState(Database db) {
        return ensureState(db, deviceId, layout.databaseDir());
    }

    /** Creates the single state row of the database in {@code dir} if missing; false when it had to be created. */
    static boolean ensureState(Database db, String deviceId, Path dir) {
        synchronized (db.writeLock()) {
            var row = db.writer().selectFrom(STORE_STATE).where(STORE_STATE.ID.eq(1)).fetchOne();
            if (row != null) {
                if (!row.getDeviceId().equals(deviceId)) {
                    db.rollback();
                    throw new DeviceMismatchException("the database in " + dir + " belongs to device "
                            + row.getDeviceId() + ", not " + deviceId + "; each device needs its own store folder");
                }
                db.commit();
                return true;
            }
            db.writer().insertInto(STORE_STATE)
                    .set(STORE_STATE.ID, 1)
                    .set(STORE_STATE.DEVICE_ID, deviceId)
                    .set(STORE_STATE.APPLIED_POSITION, 0L)
                    .set(STORE_STATE.ACKED_DEVICE_SEQ, 0L)
                    .execute();
            db.commit();
            return false;
        }
    }

    private Path moveAside() throws IOException {
        Path target = layout.databaseDir().resolve("aside-" + LocalDateTime.now().format(STAMP));
        Files.createDirectories(target);
        List<Path> files;
        try (Stream<Path> s = Files.list(layout.databaseDir())) {
            files = s.filter(p -> p.getFileName().toString().startsWith("brigade.")).toList();
        }
        for (Path f : files) {
            Files.move(f, target.resolve(f.getFileName()));
        }
        return target;
    }

    private static void closeQuietly(Database db) {
        if (db != null) {
            try {
                db.close();
            } catch (RuntimeException ignored) {
                // the database is being abandoned because it is broken
            }
        }
    }

    /** The database belongs to a different device: a configuration error, not damage. */
    static final class DeviceMismatchException extends IllegalStateException {
        DeviceMismatchException(String message) {
            super(message);
        }
    }
}

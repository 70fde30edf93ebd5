package app.brigade.store.recovery;

import app.brigade.model.protocol.EventCodec;
import app.brigade.store.db.Database;
import app.brigade.store.journal.Journal;
import app.brigade.store.projection.BusinessDay;
import app.brigade.store.projection.Projector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds a new H2 database from the whole journal in a staging folder ({@code db/rebuild}) and only
 * when it is complete moves it into place. Because nothing is taken as the store's database until
 * that move, the build may skip what a live database needs to survive a crash: the secondary indexes
 * that apply does not read are dropped and created once at the end ({@link DeferredIndexes}). The
 * finished file is compacted (ADR 0019), closed and fsynced, then renamed atomically to
 * {@code db/brigade.mv.db} (and the folder fsynced): that rename is what marks the rebuild complete.
 * A crash before it leaves no database file, so the next open rebuilds again; a staging folder left
 * behind is deleted then.
 */
final class Rebuild {

    private static final Logger LOG = LoggerFactory.getLogger(Rebuild.class);

    /** Test seam: called after each replayed transaction with the journal position reached. */
    interface Observer {
        Observer NONE = position -> {
        };

        void committed(long position);
    }

    private final StoreLayout layout;
    private final String deviceId;
    private final EventCodec codec;
    private final BusinessDay businessDay;
    private final int batchSize;
    private final Observer observer;

    Rebuild(StoreLayout layout, String deviceId, EventCodec codec, BusinessDay businessDay, int batchSize,
            Observer observer) {
        this.layout = layout;
        this.deviceId = deviceId;
        this.codec = codec;
        this.businessDay = businessDay;
        this.batchSize = batchSize;
        this.observer = observer;
    }

    /** Deletes what an interrupted rebuild left; true when there was something. */
    static boolean discardUnfinished(StoreLayout layout) throws IOException {
        Path staging = layout.rebuildDir();
        if (!Files.exists(staging)) {
            return false;
        }
        LOG.warn("an unfinished rebuild of the database was left in {}; it is discarded (the journal has every"
                + " event)", staging);
        deleteTree(staging);
        return true;
    }

    /**
     * Replays the whole journal into a new database and installs it as {@code db/brigade.mv.db}; there
     * must be no database file there. The caller then opens it like any existing database.
     */
    Replayer.Outcome run(Journal journal) throws IOException {
        if (Files.exists(layout.databaseFile())) {
            throw new IllegalStateException("a rebuild must not replace the database " + layout.databaseFile());
        }
        discardUnfinished(layout);
        Path staging = layout.rebuildDir();
        Files.createDirectories(staging);
        long started = System.nanoTime();
        Replayer.Outcome outcome;
        Database db;
        try {
            db = Database.openForRebuild(staging);
        } catch (SQLException e) {
            throw new IOException("cannot create a database to rebuild into in " + staging + ": " + e.getMessage(), e);
        }
        try {
            DatabaseRecovery.ensureState(db, deviceId, staging);
            DeferredIndexes deferred;
            synchronized (db.writeLock()) {
                deferred = DeferredIndexes.drop(db.writerConnection());
                db.commit();
            }
            Projector projector = Projector.forRebuild(db, businessDay, codec, deviceId);
            outcome = new Replayer(journal, projector, batchSize, observer::committed)
                    .replayFrom(journal.firstPosition());
            long indexing = System.nanoTime();
            synchronized (db.writeLock()) {
                deferred.create(db.writerConnection());
                db.commit();
            }
            LOG.info("rebuild: {} event(s) replayed into {} in {} ms, {} deferred index(es) created in {} ms",
                    outcome.applied().applied(), staging, (indexing - started) / 1_000_000,
                    deferred.definitions().size(), (System.nanoTime() - indexing) / 1_000_000);
        } catch (SQLException e) {
            db.close();
            throw new IOException("rebuilding the database in " + staging + " failed: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        long compacting = System.nanoTime();
        try {
            db.closeCompacted();
        } catch (SQLException e) {
            throw new IOException("compacting the rebuilt database in " + staging + " failed: " + e.getMessage(), e);
        }
        LOG.info("rebuild: database compacted in {} ms ({} bytes)", (System.nanoTime() - compacting) / 1_000_000,
                Files.size(staging.resolve(Database.FILE_NAME)));
        install(staging.resolve(Database.FILE_NAME));
        return outcome;
    }

    /** fsyncs the finished file, renames it into place atomically and makes the rename durable. */
    private void install(Path built) throws IOException {
        try (FileChannel ch = FileChannel.open(built, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
        Files.move(built, layout.databaseFile(), StandardCopyOption.ATOMIC_MOVE);
        syncDirectory(layout.databaseDir());
        deleteTree(layout.rebuildDir());
    }

    private static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            if (!System.getProperty("os.name", "").startsWith("Windows")) {
                throw new UncheckedIOException("cannot sync directory " + dir, e);
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}

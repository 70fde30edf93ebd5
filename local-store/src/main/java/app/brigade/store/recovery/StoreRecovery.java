package app.brigade.store.recovery;

import static app.brigade.store.db.schema.Tables.STORE_STATE;

import app.brigade.model.protocol.EventCodec;
import app.brigade.store.db.Database;
import app.brigade.store.db.StaleLockException;
import app.brigade.store.journal.Journal;
import app.brigade.store.journal.JournalOptions;
import app.brigade.store.lock.StoreLock;
import app.brigade.store.projection.BusinessDay;
import app.brigade.store.projection.Projector;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens a store folder safely: takes the lock, opens and repairs the journal, opens or rebuilds H2,
 * then replays every journal event H2 has not applied. Never starts empty when the journal has data.
 */
public final class StoreRecovery {

    private static final Logger LOG = LoggerFactory.getLogger(StoreRecovery.class);

    private StoreRecovery() {
    }

    public static RecoveredStore open(StoreLayout layout, JournalOptions journalOptions, BusinessDay businessDay,
            int replayBatch) throws IOException {
        return open(layout, journalOptions, businessDay, replayBatch, Rebuild.Observer.NONE);
    }

    /** {@code rebuildObserver} hears each transaction of a rebuild (a test seam to interrupt one midway). */
    static RecoveredStore open(StoreLayout layout, JournalOptions journalOptions, BusinessDay businessDay,
            int replayBatch, Rebuild.Observer rebuildObserver) throws IOException {
        long started = System.nanoTime();
        StoreLock lock = StoreLock.acquire(layout.lockFile());
        Journal journal = null;
        Database database = null;
        try {
            journal = Journal.open(layout.journalDir(), journalOptions);
            String deviceId = journalOptions.localDeviceId();
            EventCodec codec = journalOptions.codec();
            boolean unfinishedRebuild = Rebuild.discardUnfinished(layout);
            DatabaseRecovery databases = new DatabaseRecovery(layout, deviceId);
            OpenedDatabase opened = databases.open(journal.lastPosition() > 0);
            Replayer.Outcome rebuilt = null;
            Projector projector;
            List<String> problems;
            long applied;
            Replayer.Outcome replay;
            while (true) {
                if (opened.needsRebuild()) {
                    rebuilt = new Rebuild(layout, deviceId, codec, businessDay, replayBatch, rebuildObserver)
                            .run(journal);
                    opened = databases.openRebuilt(opened);
                }
                database = opened.database();
                projector = new Projector(database, businessDay, codec, deviceId);
                problems = new ArrayList<>();
                if (unfinishedRebuild) {
                    problems.add("a rebuild of the database had been interrupted; it was discarded and done again");
                }
                applied = appliedPosition(database);
                if (applied > journal.lastPosition()) {
                    problems.add("the database has applied up to journal position " + applied
                            + " but the journal ends at " + journal.lastPosition()
                            + "; journal records are missing (events already in the database are kept)");
                }
                if (rebuilt != null && journal.firstPosition() > 1) {
                    problems.add("journal positions before " + journal.firstPosition()
                            + " were deleted after the server acknowledged them; those events come back with"
                            + " the server's feed (sync cursors start over)");
                }
                long from = Math.max(applied + 1, journal.firstPosition());
                Optional<String> staleLock;
                try {
                    replay = new Replayer(journal, projector, replayBatch).replayFrom(from);
                    staleLock = DatabaseRecovery.inDoubtTransactions(database);
                } catch (RuntimeException e) {
                    if (StaleLockException.lockTimeoutIn(e).isEmpty() || opened.state() == DatabaseState.REBUILT) {
                        throw e; // a fresh database cannot hold an old lock: something else is wrong
                    }
                    replay = null;
                    staleLock = Optional.of(e.getMessage());
                }
                if (staleLock.isEmpty()) {
                    break;
                }
                if (opened.state() == DatabaseState.REBUILT) {
                    throw new IllegalStateException("the rebuilt database in " + layout.databaseDir()
                            + " is still locked: " + staleLock.get());
                }
                // A replay that waits on a lock no live connection holds would crawl forever: rebuild instead.
                opened = databases.rebuild(database, staleLock.get());
                database = null;
            }
            Replayer.Outcome total = rebuilt == null ? replay : rebuilt.plus(replay);
            RecoveryReport report = new RecoveryReport(layout.folder(), journal.openReport(), opened.state(),
                    opened.movedTo(), opened.problem(), rebuilt == null ? applied : 0, journal.lastPosition(),
                    total.applied().applied(), total.applied().duplicates(), total.applied().kept(),
                    total.applied().flagged(), total.applied().failed(), total.unreadable(), problems,
                    Duration.ofNanos(System.nanoTime() - started));
            if (report.clean()) {
                LOG.info("{}", report.summary());
            } else {
                LOG.warn("{}", report.summary());
            }
            return new RecoveredStore(lock, journal, database, projector, report);
        } catch (IOException | RuntimeException e) {
            closeAll(database, journal, lock);
            throw e;
        }
    }

    private static long appliedPosition(Database database) {
        return Optional.ofNullable(database.reader().select(STORE_STATE.APPLIED_POSITION).from(STORE_STATE)
                .where(STORE_STATE.ID.eq(1)).fetchOne(STORE_STATE.APPLIED_POSITION)).orElse(0L);
    }

    static void closeAll(Database database, Journal journal, StoreLock lock) {
        try {
            if (database != null) {
                database.close();
            }
            if (journal != null) {
                journal.close();
            }
        } catch (IOException | RuntimeException suppressed) {
            LOG.debug("while closing after a failed open", suppressed);
        } finally {
            try {
                lock.close();
            } catch (IOException ignored) {
                // the OS drops the lock with the process anyway
            }
        }
    }
}

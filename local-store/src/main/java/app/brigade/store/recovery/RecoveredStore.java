package app.brigade.store.recovery;

import app.brigade.store.db.Database;
import app.brigade.store.journal.Journal;
import app.brigade.store.lock.StoreLock;
import app.brigade.store.projection.Projector;

/** The parts of an opened store after recovery, handed to the API layer that owns them from now on. */
public record RecoveredStore(StoreLock lock, Journal journal, Database database, Projector projector,
        RecoveryReport report) {

    /**
     * Releases what recovery opened (database, journal, then the folder's lock) when the layer above could
     * not take them over; failures while closing are logged, and the lock is released whatever happens.
     */
    public void closeAfterFailedHandOver() {
        StoreRecovery.closeAll(database, journal, lock);
    }
}

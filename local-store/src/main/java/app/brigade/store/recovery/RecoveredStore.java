package app.brigade.store.recovery;

import app.brigade.store.db.Database;
import app.brigade.store.journal.Journal;
import app.brigade.store.lock.StoreLock;
import app.brigade.store.projection.Projector;

/** The parts of an opened store after recovery, handed to the API layer that owns them from now on. */
public record RecoveredStore(StoreLock lock, Journal journal, Database database, Projector projector,
        RecoveryReport report) {
}

package app.brigade.store.recovery;

import app.brigade.store.db.Database;
import java.nio.file.Path;
import java.util.Optional;

/** The database chosen on open, and why (see {@link DatabaseRecovery}). */
record OpenedDatabase(Database database, DatabaseState state, Optional<Path> movedTo, Optional<String> problem) {
}

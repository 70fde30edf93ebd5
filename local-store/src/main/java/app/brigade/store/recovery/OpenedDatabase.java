package app.brigade.store.recovery;

import app.brigade.store.db.Database;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The database chosen on open, and why (see {@link DatabaseRecovery}). A {@code null} database means
 * none is usable: it must be rebuilt from the journal ({@link Rebuild}) and then opened.
 */
record OpenedDatabase(Database database, DatabaseState state, Optional<Path> movedTo, Optional<String> problem) {

    static OpenedDatabase toRebuild(Optional<Path> movedTo, String problem) {
        return new OpenedDatabase(null, DatabaseState.REBUILT, movedTo, Optional.of(problem));
    }

    boolean needsRebuild() {
        return database == null;
    }
}

package app.brigade.store.recovery;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a store keeps its files under one folder:
 * <pre>
 * store.lock            OS lock + holder pid (one process per store)
 * journal/segment-*.journal   the fsynced event journal (source of truth)
 * db/brigade.mv.db      H2 projections, rebuilt from the journal when needed
 * db/aside-&lt;time&gt;/      damaged databases moved aside (kept, never deleted)
 * db/rebuild/           a database being rebuilt from the journal, renamed into place when complete
 * catalog.json          the last catalog served by the server (restored into a rebuilt H2)
 * </pre>
 */
public record StoreLayout(Path folder) {

    public StoreLayout {
        Objects.requireNonNull(folder, "folder");
        folder = folder.toAbsolutePath();
    }

    public Path lockFile() {
        return folder.resolve("store.lock");
    }

    public Path journalDir() {
        return folder.resolve("journal");
    }

    public Path databaseDir() {
        return folder.resolve("db");
    }

    public Path databaseFile() {
        return databaseDir().resolve(app.brigade.store.db.Database.FILE_NAME);
    }

    /** Where a rebuild builds the new database before moving it into place (see {@code Rebuild}). */
    public Path rebuildDir() {
        return databaseDir().resolve("rebuild");
    }

    public Path catalogFile() {
        return folder.resolve("catalog.json");
    }
}

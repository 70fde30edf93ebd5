package app.brigade.store.api;

import static app.brigade.store.db.schema.Tables.CATALOG_STATE;

import app.brigade.store.db.Database;
import app.brigade.store.query.CatalogSnapshot;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Keeps the server's catalog twice: in H2 for queries and in {@code catalog.json} (written atomically
 * and fsynced), because the catalog is not an event and a rebuilt H2 must not leave a till unable to sell.
 */
final class CatalogCache {

    private final Path file;
    private final Database database;
    private final ObjectMapper mapper;

    CatalogCache(Path file, Database database, ObjectMapper mapper) {
        this.file = file;
        this.database = database;
        this.mapper = mapper;
    }

    void save(CatalogSnapshot snapshot) {
        ObjectNode node = mapper.createObjectNode();
        node.put("version", snapshot.version());
        node.put("etag", snapshot.etag());
        node.put("json", snapshot.json());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.write(tmp, mapper.writeValueAsBytes(node));
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the catalog to " + file, e);
        }
        writeRow(snapshot);
    }

    /** Puts the saved file back into a fresh or rebuilt database; true when there was one. */
    boolean restoreFromFile() {
        if (!Files.exists(file)) {
            return false;
        }
        try {
            ObjectNode node = (ObjectNode) mapper.readTree(file.toFile());
            writeRow(new CatalogSnapshot(node.get("version").asLong(), node.get("etag").asText(),
                    node.get("json").asText()));
            return true;
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("the saved catalog " + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    Optional<Path> file() {
        return Files.exists(file) ? Optional.of(file) : Optional.empty();
    }

    private void writeRow(CatalogSnapshot s) {
        synchronized (database.writeLock()) {
            database.writer().mergeInto(CATALOG_STATE)
                    .using(database.writer().selectOne())
                    .on(CATALOG_STATE.ID.eq(1))
                    .whenMatchedThenUpdate()
                    .set(CATALOG_STATE.CACHED_VERSION, s.version())
                    .set(CATALOG_STATE.CACHED_ETAG, s.etag())
                    .set(CATALOG_STATE.CACHED_JSON, s.json())
                    .whenNotMatchedThenInsert(CATALOG_STATE.ID, CATALOG_STATE.CACHED_VERSION, CATALOG_STATE.CACHED_ETAG,
                            CATALOG_STATE.CACHED_JSON)
                    .values(1, s.version(), s.etag(), s.json())
                    .execute();
            database.commit();
        }
    }
}

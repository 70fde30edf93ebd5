package app.brigade.store.journal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;

/**
 * An append-only file whose bytes are durable only after {@link #force()}. The journal writes
 * through this seam so tests can simulate a power cut that drops everything written since the
 * last force.
 */
public interface SyncableFile extends AutoCloseable {

    /** Appends all remaining bytes of {@code src} at the end of the file. */
    void append(ByteBuffer src) throws IOException;

    /** Makes every appended byte durable (fsync); returns only when the disk has them. */
    void force() throws IOException;

    long size() throws IOException;

    @Override
    void close() throws IOException;

    /** Opens (creating if needed) the file at {@code path} for appending. */
    @FunctionalInterface
    interface Opener {
        SyncableFile open(Path path) throws IOException;
    }
}

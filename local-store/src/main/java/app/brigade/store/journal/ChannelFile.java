package app.brigade.store.journal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The production {@link SyncableFile}: a {@link FileChannel} forced with {@code force(false)} (fdatasync).
 *
 * <p>The file is zero-filled {@link #PREALLOCATE_BYTES} ahead of the last record (ADR 0017), so most appends
 * overwrite blocks that already exist and the fdatasync after them writes data only: the file's size does
 * not change, so no filesystem journal commit is needed, which on ext4 would also wait for every other
 * file's pending writes (the H2 file's, on a terminal). The zero tail reads as the end of the records
 * ({@link FrameReader}); the journal cuts it on open, and {@link #close()} cuts it too.
 */
public final class ChannelFile implements SyncableFile {

    /** How far ahead of the records the file is zero-filled: one size change per this many bytes appended. */
    public static final long PREALLOCATE_BYTES = 1L << 20;
    private static final ByteBuffer ZEROS = ByteBuffer.allocateDirect(64 * 1024);

    private final FileChannel channel;
    private final long preallocate;
    /** End of the appended bytes (where the next append goes). */
    private long size;
    /** End of the file on disk: appended bytes, then zeros. */
    private long allocated;

    private ChannelFile(FileChannel channel, long preallocate) throws IOException {
        this.channel = channel;
        this.preallocate = preallocate;
        this.size = channel.size();
        this.allocated = size;
    }

    /** Opens for appending at the file's current end, zero-filling ahead of it as records are appended. */
    public static SyncableFile open(Path path) throws IOException {
        return open(path, PREALLOCATE_BYTES);
    }

    /** As {@link #open(Path)} with {@code preallocate} bytes zero-filled ahead (0: the file grows with each append). */
    public static SyncableFile open(Path path, long preallocate) throws IOException {
        if (preallocate < 0) {
            throw new IllegalArgumentException("preallocate must be 0 or more bytes, got " + preallocate);
        }
        return new ChannelFile(FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE), preallocate);
    }

    @Override
    public void append(ByteBuffer src) throws IOException {
        long end = size + src.remaining();
        if (preallocate > 0 && end > allocated) {
            zeroFill(end + preallocate);
        }
        while (src.hasRemaining()) {
            size += channel.write(src, size);
        }
        allocated = Math.max(allocated, size);
    }

    private void zeroFill(long to) throws IOException {
        long at = allocated;
        while (at < to) {
            ByteBuffer zeros = ZEROS.duplicate();
            zeros.limit((int) Math.min(zeros.capacity(), to - at));
            at += channel.write(zeros, at);
        }
        allocated = to;
    }

    @Override
    public void force() throws IOException {
        // Data only: the file length is re-derived from the records on open, so metadata sync is not needed
        // for correctness of anything but the size, which fdatasync also covers on Linux when it grows.
        channel.force(false);
    }

    @Override
    public long size() {
        return size;
    }

    /** Cuts the zero tail (the file then ends at its last record) and closes. */
    @Override
    public void close() throws IOException {
        try (channel) {
            if (allocated > size) {
                channel.truncate(size);
                channel.force(true);
            }
        }
    }
}

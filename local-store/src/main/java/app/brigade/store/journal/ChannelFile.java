package app.brigade.store.journal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** The production {@link SyncableFile}: a {@link FileChannel} forced with {@code force(false)} (fdatasync). */
public final class ChannelFile implements SyncableFile {

    private final FileChannel channel;
    private long size;

    private ChannelFile(FileChannel channel) throws IOException {
        this.channel = channel;
        this.size = channel.size();
    }

    public static SyncableFile open(Path path) throws IOException {
        return new ChannelFile(FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE));
    }

    @Override
    public void append(ByteBuffer src) throws IOException {
        while (src.hasRemaining()) {
            size += channel.write(src, size);
        }
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

    @Override
    public void close() throws IOException {
        channel.close();
    }
}

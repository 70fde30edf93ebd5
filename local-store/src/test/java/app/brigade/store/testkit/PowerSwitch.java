package app.brigade.store.testkit;

import app.brigade.store.journal.ChannelFile;
import app.brigade.store.journal.SyncableFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Simulates a power cut under the journal: wrapped files keep appended bytes in "RAM" until
 * {@code force}, and when the switch trips (at the n-th append) the unforced bytes are dropped or
 * half-written to the real file, and every later write or fsync fails as on a dead machine.
 */
public final class PowerSwitch {

    /** What happens to bytes written after the last fsync when the power goes. */
    public enum Loss {
        DROPPED,
        HALF_WRITTEN
    }

    private final int cutAtAppend;
    private final Loss loss;
    private final AtomicInteger appends = new AtomicInteger();
    private volatile boolean off;

    public PowerSwitch(int cutAtAppend, Loss loss) {
        this.cutAtAppend = cutAtAppend;
        this.loss = loss;
    }

    public boolean tripped() {
        return off;
    }

    public SyncableFile open(Path path) throws IOException {
        return new File(ChannelFile.open(path));
    }

    private final class File implements SyncableFile {
        private final SyncableFile disk;
        private final ByteArrayOutputStream ram = new ByteArrayOutputStream();

        private File(SyncableFile disk) {
            this.disk = disk;
        }

        @Override
        public synchronized void append(ByteBuffer src) throws IOException {
            dead();
            byte[] bytes = new byte[src.remaining()];
            src.get(bytes);
            ram.write(bytes);
            if (appends.incrementAndGet() == cutAtAppend) {
                byte[] pending = ram.toByteArray();
                int survive = loss == Loss.DROPPED ? 0 : pending.length / 2;
                disk.append(ByteBuffer.wrap(pending, 0, survive));
                disk.force();
                ram.reset();
                off = true;
                dead();
            }
        }

        @Override
        public synchronized void force() throws IOException {
            dead();
            disk.append(ByteBuffer.wrap(ram.toByteArray()));
            disk.force();
            ram.reset();
        }

        @Override
        public synchronized long size() throws IOException {
            return disk.size() + ram.size();
        }

        @Override
        public synchronized void close() throws IOException {
            ram.reset();
            disk.close();
        }

        private void dead() throws IOException {
            if (off) {
                throw new IOException("power lost (simulated)");
            }
        }
    }
}

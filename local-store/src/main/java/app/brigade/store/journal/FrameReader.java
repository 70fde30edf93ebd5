package app.brigade.store.journal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Reads record frames from one segment file in order, checking each CRC. Stops at the first
 * frame that is torn or fails its check: nothing after a bad record is ever returned.
 */
final class FrameReader implements AutoCloseable {

    /** What the next read found. */
    sealed interface Next {
    }

    /** A good record: its byte offset, its body, and whether more records of its atomic group follow. */
    record Frame(long offset, byte[] body, boolean more) implements Next {
    }

    /** The clean end of the file. */
    record End(long offset) implements Next {
    }

    /** A torn or damaged record at {@code offset}; the file is valid only up to there. */
    record Bad(long offset, String reason) implements Next {
    }

    private final FileChannel channel;
    private final long size;
    private final ByteBuffer buffer;
    private long bufferStart;
    private long offset;

    FrameReader(Path file, long startOffset) throws IOException {
        this(file, startOffset, Long.MAX_VALUE);
    }

    /** Reads no further than {@code limit} bytes into the file (the durable end of a segment being written). */
    FrameReader(Path file, long startOffset, long limit) throws IOException {
        this.channel = FileChannel.open(file, StandardOpenOption.READ);
        this.size = Math.min(channel.size(), limit);
        this.buffer = ByteBuffer.allocate(1 << 20).limit(0);
        this.offset = startOffset;
        this.bufferStart = startOffset;
    }

    Next next() throws IOException {
        long left = size - offset;
        if (left == 0) {
            return new End(offset);
        }
        if (left < RecordFrame.HEADER_BYTES) {
            return new Bad(offset, "torn record header (" + left + " trailing bytes)");
        }
        ByteBuffer head = window(RecordFrame.HEADER_BYTES);
        int word = head.getInt();
        int crc = head.getInt();
        boolean more = (word & RecordFrame.MORE_FLAG) != 0;
        int length = word & ~RecordFrame.MORE_FLAG;
        if (length <= 0 || length > RecordFrame.MAX_BODY_BYTES) {
            return new Bad(offset, "record length " + length + " is outside 1.." + RecordFrame.MAX_BODY_BYTES);
        }
        if (left - RecordFrame.HEADER_BYTES < length) {
            return new Bad(offset, "torn record: " + length + " body bytes announced, "
                    + (left - RecordFrame.HEADER_BYTES) + " present");
        }
        byte[] body = new byte[length];
        long bodyAt = offset + RecordFrame.HEADER_BYTES;
        readFully(bodyAt, body);
        if (RecordFrame.crc(word, body, 0, length) != crc) {
            return new Bad(offset, "CRC32C mismatch");
        }
        long at = offset;
        offset = bodyAt + length;
        return new Frame(at, body, more);
    }

    private ByteBuffer window(int count) throws IOException {
        byte[] bytes = new byte[count];
        readFully(offset, bytes);
        return ByteBuffer.wrap(bytes);
    }

    private void readFully(long at, byte[] into) throws IOException {
        int done = 0;
        while (done < into.length) {
            long bufferEnd = bufferStart + buffer.limit();
            long want = at + done;
            if (want >= bufferStart && want < bufferEnd) {
                int from = (int) (want - bufferStart);
                int n = (int) Math.min(into.length - done, bufferEnd - want);
                buffer.get(from, into, done, n);
                done += n;
            } else if (into.length - done > buffer.capacity()) {
                ByteBuffer direct = ByteBuffer.wrap(into, done, into.length - done);
                while (direct.hasRemaining()) {
                    if (channel.read(direct, at + direct.position()) < 0) {
                        throw new IOException("unexpected end of file at " + (at + direct.position()));
                    }
                }
                done = into.length;
            } else {
                buffer.clear();
                bufferStart = want;
                while (buffer.hasRemaining()) {
                    if (channel.read(buffer, bufferStart + buffer.position()) < 0) {
                        break;
                    }
                }
                buffer.flip();
                if (buffer.limit() == 0) {
                    throw new IOException("unexpected end of file at " + want);
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}

package app.brigade.store.journal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Reads record frames from one segment file in order, checking each CRC. Stops at the first
 * frame that is torn or fails its check: nothing after a bad record is ever returned. A zero header
 * word followed only by zeros is the preallocated tail ({@link ChannelFile}) and reads as the end.
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
        if (zeroFrom(offset)) {
            return new End(offset); // the zero-filled tail ahead of the records (ChannelFile)
        }
        if (left < RecordFrame.HEADER_BYTES) {
            return new Bad(offset, "torn record header (" + left + " trailing bytes)");
        }
        ByteBuffer head = window(RecordFrame.HEADER_BYTES);
        int word = head.getInt();
        int crc = head.getInt();
        if (word == 0) {
            return new Bad(offset, "zero bytes where a record should start, with data after them");
        }
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

    /**
     * Whether the header word at {@code at} is zero and so is every byte after it: a preallocated tail,
     * the clean end. A zero word with data after it is damage, not an end (nothing after it is returned).
     */
    private boolean zeroFrom(long at) throws IOException {
        byte[] word = new byte[(int) Math.min(4, size - at)];
        readFully(at, word);
        for (byte b : word) {
            if (b != 0) {
                return false;
            }
        }
        byte[] chunk = new byte[64 * 1024];
        for (long p = at + word.length; p < size; p += chunk.length) {
            int n = (int) Math.min(chunk.length, size - p);
            byte[] part = n == chunk.length ? chunk : new byte[n];
            readFully(p, part);
            for (byte b : part) {
                if (b != 0) {
                    return false;
                }
            }
        }
        return true;
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

package app.brigade.store.journal;

import app.brigade.model.protocol.Hlc;
import java.nio.ByteBuffer;
import java.util.Optional;
import java.util.zip.CRC32C;

/**
 * The fixed header of a segment file. Besides the position of its first record it carries what
 * the segments before it ended with (last local {@code deviceSeq}, newest HLC), so sequence
 * numbers and clocks continue correctly even after older segments were deleted.
 */
record SegmentHeader(long firstPosition, long previousDeviceSeq, Hlc previousHlc) {

    static final int BYTES = 40;
    private static final int MAGIC = 0x4252474A; // "BRGJ"
    private static final int VERSION = 1;

    SegmentHeader {
        if (firstPosition < 1) {
            throw new IllegalArgumentException("journal positions start at 1, got " + firstPosition);
        }
    }

    ByteBuffer encode() {
        ByteBuffer b = ByteBuffer.allocate(BYTES);
        b.putInt(MAGIC).putInt(VERSION).putLong(firstPosition).putLong(previousDeviceSeq)
                .putLong(previousHlc.wallMillis()).putInt(previousHlc.counter());
        CRC32C crc = new CRC32C();
        crc.update(b.array(), 0, BYTES - 4);
        b.putInt((int) crc.getValue());
        return b.flip();
    }

    /** The header in {@code b} (exactly {@link #BYTES} bytes), or empty when it is torn or not a segment. */
    static Optional<SegmentHeader> decode(ByteBuffer b) {
        if (b.remaining() < BYTES) {
            return Optional.empty();
        }
        CRC32C crc = new CRC32C();
        crc.update(b.array(), b.arrayOffset() + b.position(), BYTES - 4);
        int magic = b.getInt();
        int version = b.getInt();
        long first = b.getLong();
        long seq = b.getLong();
        long wall = b.getLong();
        int counter = b.getInt();
        int stored = b.getInt();
        if (magic != MAGIC || version != VERSION || stored != (int) crc.getValue() || first < 1 || wall < 0
                || counter < 0) {
            return Optional.empty();
        }
        return Optional.of(new SegmentHeader(first, seq, new Hlc(wall, counter)));
    }
}

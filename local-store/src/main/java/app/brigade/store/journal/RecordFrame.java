package app.brigade.store.journal;

import java.nio.ByteBuffer;
import java.util.zip.CRC32C;

/**
 * The on-disk shape of one journal record: a 4-byte header word (body length, plus a top bit saying
 * "more records of the same atomic group follow"), a 4-byte CRC32C over that word and the body, then
 * the body (the event's JSON from {@code EventCodec}). A group is the events of one {@code record}
 * call: on open, a group whose last record is missing is cut as a whole.
 */
final class RecordFrame {

    static final int HEADER_BYTES = 8;
    static final int MAX_BODY_BYTES = 16 * 1024 * 1024;
    static final int MORE_FLAG = 0x8000_0000;

    private RecordFrame() {
    }

    static ByteBuffer encode(byte[] body, boolean more) {
        if (body.length == 0 || body.length > MAX_BODY_BYTES) {
            throw new IllegalArgumentException("a journal record must hold 1.." + MAX_BODY_BYTES + " bytes, got "
                    + body.length);
        }
        ByteBuffer frame = ByteBuffer.allocate(HEADER_BYTES + body.length);
        int word = more ? body.length | MORE_FLAG : body.length;
        frame.putInt(word);
        frame.putInt(crc(word, body, 0, body.length));
        frame.put(body);
        return frame.flip();
    }

    static int crc(int word, byte[] body, int offset, int count) {
        CRC32C crc = new CRC32C();
        crc.update(word >>> 24);
        crc.update(word >>> 16);
        crc.update(word >>> 8);
        crc.update(word);
        crc.update(body, offset, count);
        return (int) crc.getValue();
    }
}

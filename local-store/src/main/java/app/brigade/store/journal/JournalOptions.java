package app.brigade.store.journal;

import app.brigade.model.protocol.EventCodec;
import java.util.Objects;

/**
 * How a journal is opened: this device's id (its events count towards {@code deviceSeq}), the size at
 * which a segment rolls, how files are opened (the power-cut seam) and the event codec.
 */
public record JournalOptions(String localDeviceId, long segmentBytes, SyncableFile.Opener opener, EventCodec codec) {

    public static final long DEFAULT_SEGMENT_BYTES = 16L * 1024 * 1024;

    public JournalOptions {
        Objects.requireNonNull(localDeviceId, "localDeviceId");
        Objects.requireNonNull(opener, "opener");
        Objects.requireNonNull(codec, "codec");
        if (segmentBytes < 4096) {
            throw new IllegalArgumentException("segmentBytes must be at least 4096, got " + segmentBytes);
        }
    }

    public static JournalOptions defaults(String localDeviceId) {
        return new JournalOptions(localDeviceId, DEFAULT_SEGMENT_BYTES, ChannelFile::open, new EventCodec());
    }
}

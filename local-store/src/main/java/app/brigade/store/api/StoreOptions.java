package app.brigade.store.api;

import app.brigade.model.catalog.StoreSettings;
import app.brigade.store.journal.ChannelFile;
import app.brigade.store.journal.JournalOptions;
import app.brigade.store.journal.SyncableFile;
import app.brigade.store.projection.BusinessDay;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * How a store is opened: its folder, this device's id, the order-number prefix (e.g. {@code A}),
 * the store's rules for totals, the business day, the wall clock, the journal segment size, the
 * file opener (the power-cut test seam) and how many events a replay applies per transaction.
 */
public record StoreOptions(
        Path folder,
        String deviceId,
        String orderPrefix,
        StoreSettings settings,
        BusinessDay businessDay,
        LongSupplier wallClock,
        long segmentBytes,
        SyncableFile.Opener fileOpener,
        int replayBatch) {

    public StoreOptions {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(businessDay, "businessDay");
        Objects.requireNonNull(wallClock, "wallClock");
        Objects.requireNonNull(fileOpener, "fileOpener");
        if (deviceId == null || deviceId.isBlank() || deviceId.length() > 64) {
            throw new IllegalArgumentException("deviceId must be 1 to 64 characters, got '" + deviceId + "'");
        }
        if (orderPrefix == null || !orderPrefix.matches("[A-Za-z0-9]{1,8}")) {
            throw new IllegalArgumentException("order prefix must be 1 to 8 letters or digits (e.g. A), got '"
                    + orderPrefix + "'");
        }
        if (replayBatch < 1) {
            throw new IllegalArgumentException("replayBatch must be at least 1, got " + replayBatch);
        }
    }

    /** Defaults: business day in the system zone starting at 04:00, system clock, 16 MiB segments. */
    public static StoreOptions defaults(Path folder, String deviceId, String orderPrefix, StoreSettings settings) {
        return new StoreOptions(folder, deviceId, orderPrefix, settings,
                new BusinessDay(ZoneId.systemDefault(), LocalTime.of(4, 0)), System::currentTimeMillis,
                JournalOptions.DEFAULT_SEGMENT_BYTES, ChannelFile::open, 2000);
    }

    public StoreOptions withWallClock(LongSupplier clock) {
        return new StoreOptions(folder, deviceId, orderPrefix, settings, businessDay, clock, segmentBytes,
                fileOpener, replayBatch);
    }

    public StoreOptions withBusinessDay(BusinessDay day) {
        return new StoreOptions(folder, deviceId, orderPrefix, settings, day, wallClock, segmentBytes, fileOpener,
                replayBatch);
    }

    public StoreOptions withSegmentBytes(long bytes) {
        return new StoreOptions(folder, deviceId, orderPrefix, settings, businessDay, wallClock, bytes, fileOpener,
                replayBatch);
    }

    public StoreOptions withFileOpener(SyncableFile.Opener opener) {
        return new StoreOptions(folder, deviceId, orderPrefix, settings, businessDay, wallClock, segmentBytes,
                opener, replayBatch);
    }

    public StoreOptions withReplayBatch(int batch) {
        return new StoreOptions(folder, deviceId, orderPrefix, settings, businessDay, wallClock, segmentBytes,
                fileOpener, batch);
    }
}

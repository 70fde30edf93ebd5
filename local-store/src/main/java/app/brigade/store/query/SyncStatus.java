package app.brigade.store.query;

import java.time.Duration;
import java.util.Optional;

/** What the status bar shows: how many local events wait for the server and how old the oldest is. */
public record SyncStatus(long unsyncedCount, Optional<Duration> oldestUnsyncedAge, long ackedDeviceSeq) {
}

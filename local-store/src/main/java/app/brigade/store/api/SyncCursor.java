package app.brigade.store.api;

/** A named position in a feed (e.g. {@code server-feed} → the last serverSeq applied), saved with the events. */
public record SyncCursor(String name, long position) {
    public SyncCursor {
        if (name == null || name.isBlank() || name.length() > 64) {
            throw new IllegalArgumentException("cursor name must be 1 to 64 characters, got '" + name + "'");
        }
    }
}

package app.brigade.store.lock;

import java.nio.file.Path;

/** Another process (or this one) already has the store folder open. */
public final class StoreLockedException extends RuntimeException {

    private final Path folder;
    private final String holderPid;

    public StoreLockedException(Path folder, String holderPid) {
        super("the store in " + folder + " is already open by process " + holderPid
                + "; only one terminal process may use a store folder at a time (close the other one or choose"
                + " another data folder)");
        this.folder = folder;
        this.holderPid = holderPid;
    }

    public Path folder() {
        return folder;
    }

    /** The pid written by the process holding the lock, or {@code "unknown"}. */
    public String holderPid() {
        return holderPid;
    }
}

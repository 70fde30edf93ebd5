package app.brigade.sync.status;

/**
 * Told each time the {@link Connectivity} snapshot changes. Called on a sync thread: a UI hands the
 * snapshot to its own thread and returns at once.
 */
@FunctionalInterface
public interface ConnectivityListener {
    void connectivityChanged(Connectivity snapshot);
}

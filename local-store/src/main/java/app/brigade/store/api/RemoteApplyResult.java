package app.brigade.store.api;

/** What {@link Store#applyRemote} did: events received, newly journaled and applied, and already known (skipped). */
public record RemoteApplyResult(int received, int applied, int alreadyKnown) {
}

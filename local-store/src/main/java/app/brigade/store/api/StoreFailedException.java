package app.brigade.store.api;

/**
 * The store hit a failure it cannot continue from (the journal could not fsync, or H2 could not
 * apply durable events). Acknowledged events are safe in the journal; restart the terminal so the
 * store recovers on open.
 */
public final class StoreFailedException extends RuntimeException {

    public StoreFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}

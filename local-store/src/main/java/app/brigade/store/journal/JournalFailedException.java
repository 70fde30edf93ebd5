package app.brigade.store.journal;

/**
 * The journal could not make records durable (a write or fsync failed). Nothing in the failed
 * batch was acknowledged, and the journal refuses further appends: reopen the store to recover.
 */
public final class JournalFailedException extends RuntimeException {

    public JournalFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}

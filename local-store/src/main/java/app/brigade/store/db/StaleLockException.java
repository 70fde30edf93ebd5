package app.brigade.store.db;

import java.sql.SQLException;
import java.util.Optional;

/**
 * A write to H2 waited longer than {@link Database#WRITER_LOCK_TIMEOUT_MS} for a row lock. The store has
 * a single writer connection, so nothing alive can hold such a lock: it belongs to a transaction an
 * earlier process left in the file (a "zombie" lock, e.g. an in-doubt prepared transaction). The
 * database is then damaged: recovery moves it aside and rebuilds it from the journal, and a running
 * store stops taking changes until it is reopened. Never flagged per event and carried on.
 */
public final class StaleLockException extends IllegalStateException {

    /** H2's {@code ErrorCode.LOCK_TIMEOUT_1}. */
    public static final int H2_LOCK_TIMEOUT = 50200;

    public StaleLockException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The H2 lock timeout somewhere in {@code failure}'s cause chain, if any. */
    public static Optional<SQLException> lockTimeoutIn(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StaleLockException stale) {
                return lockTimeoutIn(stale.getCause());
            }
            if (t instanceof SQLException sql && sql.getErrorCode() == H2_LOCK_TIMEOUT) {
                return Optional.of(sql);
            }
        }
        return Optional.empty();
    }

    /** Rethrows {@code failure} as a {@link StaleLockException} when it is an H2 lock timeout. */
    public static void rethrowIfLockTimeout(RuntimeException failure, String while_) {
        if (failure instanceof StaleLockException stale) {
            throw stale;
        }
        Optional<SQLException> timeout = lockTimeoutIn(failure);
        if (timeout.isPresent()) {
            throw new StaleLockException("a write to the local database waited over "
                    + Database.WRITER_LOCK_TIMEOUT_MS + " ms for a row lock while " + while_
                    + "; no live connection can hold one, so it was left in the file by an earlier process ("
                    + timeout.get().getMessage().lines().findFirst().orElse("") + ")", failure);
        }
    }
}

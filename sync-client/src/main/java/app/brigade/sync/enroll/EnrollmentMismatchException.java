package app.brigade.sync.enroll;

/** The store, the token file and the configured server do not belong together; syncing is refused. */
public final class EnrollmentMismatchException extends RuntimeException {
    public EnrollmentMismatchException(String message) {
        super(message);
    }
}

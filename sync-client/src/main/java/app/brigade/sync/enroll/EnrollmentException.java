package app.brigade.sync.enroll;

/** Enrollment did not complete (bad or used code, server unreachable, token file not writable); says why. */
public final class EnrollmentException extends RuntimeException {
    public EnrollmentException(String message) {
        super(message);
    }

    public EnrollmentException(String message, Throwable cause) {
        super(message, cause);
    }
}

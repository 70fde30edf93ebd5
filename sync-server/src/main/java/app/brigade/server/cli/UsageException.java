package app.brigade.server.cli;

/** A command line or config value the server cannot use; the message names the key, the value and what is allowed. */
public final class UsageException extends RuntimeException {

    public UsageException(String message) {
        super(message);
    }
}

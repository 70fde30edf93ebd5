package app.brigade.pos.service;

/** A refused action, with a sentence for the cashier saying why and what to do. */
public final class PosException extends RuntimeException {

    public PosException(String message) {
        super(message);
    }
}

package app.brigade.model.order;

/** Thrown by {@link Outcome#orThrow()} when a caller chose not to handle a rejection as a value. */
public final class RejectedException extends RuntimeException {

    private final Rejection rejection;

    public RejectedException(Rejection rejection) {
        super(rejection.message());
        this.rejection = rejection;
    }

    public Rejection rejection() {
        return rejection;
    }
}

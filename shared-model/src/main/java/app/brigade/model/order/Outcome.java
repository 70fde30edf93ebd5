package app.brigade.model.order;

import java.util.function.Function;

/** The result of a decision: accepted with a value, or rejected with the reason. */
public sealed interface Outcome<T> {

    record Accepted<T>(T value) implements Outcome<T> {
    }

    record Rejected<T>(Rejection rejection) implements Outcome<T> {
    }

    static <T> Outcome<T> accepted(T value) {
        return new Accepted<>(value);
    }

    static <T> Outcome<T> rejected(RejectionReason reason, String message) {
        return new Rejected<>(new Rejection(reason, message));
    }

    default boolean isAccepted() {
        return this instanceof Accepted;
    }

    /** The accepted value; throws {@link RejectedException} carrying the rejection otherwise. */
    default T orThrow() {
        return switch (this) {
            case Accepted<T> a -> a.value();
            case Rejected<T> r -> throw new RejectedException(r.rejection());
        };
    }

    default <U> Outcome<U> map(Function<T, U> f) {
        return switch (this) {
            case Accepted<T> a -> new Accepted<>(f.apply(a.value()));
            case Rejected<T> r -> new Rejected<>(r.rejection());
        };
    }
}

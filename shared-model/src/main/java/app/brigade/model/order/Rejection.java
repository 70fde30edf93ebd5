package app.brigade.model.order;

import java.util.Objects;

/** A refused change: a stable reason code and a sentence that says why, in the cashier's terms. */
public record Rejection(RejectionReason reason, String message) {
    public Rejection {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return reason + ": " + message;
    }
}

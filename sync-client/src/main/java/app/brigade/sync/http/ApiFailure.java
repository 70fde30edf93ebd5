package app.brigade.sync.http;

import java.time.Duration;
import java.util.Objects;

/**
 * Why a call to the server (or a LAN peer) did not succeed, as a value: the kind decides what the
 * worker does next, {@link #message()} is what the status bar and the log show.
 *
 * @param kind        what went wrong
 * @param endpoint    e.g. {@code POST /v1/events}
 * @param status      the HTTP status, 0 when there was no reply
 * @param problemType the problem+json {@code type} slug (e.g. {@code token-revoked}), or null
 * @param detail      what happened, in words
 * @param latency     how long the call took until it failed
 */
public record ApiFailure(Kind kind, String endpoint, int status, String problemType, String detail,
        Duration latency) {

    /** What went wrong. */
    public enum Kind {
        /** No connection, or it broke: refused, reset, closed mid-way, DNS, TLS. */
        NETWORK,
        /** The server did not answer in time. */
        TIMEOUT,
        /** 5xx: the server is up but failing. */
        SERVER_ERROR,
        /** A 2xx reply that is not what the protocol says (HTML, truncated or wrong JSON). */
        BAD_REPLY,
        /** 401: the token is unknown, expired or revoked; retrying cannot help until re-enrolled. */
        UNAUTHORIZED,
        /** Another 4xx: the server refused this request (e.g. 409 event-conflict). */
        REFUSED
    }

    public ApiFailure {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(latency, "latency");
    }

    /** True when the server itself could not be reached (as opposed to answering badly). */
    public boolean unreachable() {
        return kind == Kind.NETWORK || kind == Kind.TIMEOUT;
    }

    public String message() {
        String what = switch (kind) {
            case NETWORK -> "cannot reach the server";
            case TIMEOUT -> "the server did not answer in time";
            case SERVER_ERROR -> "server error " + status;
            case BAD_REPLY -> "unreadable reply";
            case UNAUTHORIZED -> "access refused (401)";
            case REFUSED -> "refused with " + status;
        };
        return endpoint + ": " + what + (problemType == null ? "" : " (" + problemType + ")") + ": " + detail;
    }
}

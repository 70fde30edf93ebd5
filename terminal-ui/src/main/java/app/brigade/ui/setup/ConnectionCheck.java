package app.brigade.ui.setup;

import java.net.URI;
import java.util.Objects;

/** What "Test connection" found at a server address: a Brigade server and its version, or what went wrong. */
public sealed interface ConnectionCheck {

    URI server();

    /** A Brigade server answered {@code GET /v1/health} as healthy. */
    record Connected(URI server, String version, String database) implements ConnectionCheck {
        public Connected {
            Objects.requireNonNull(server, "server");
        }
    }

    /** No healthy Brigade server there; {@code detail} is the technical reason (for the screen's small print and the log). */
    record Failed(URI server, Problem problem, String detail) implements ConnectionCheck {
        public Failed {
            Objects.requireNonNull(server, "server");
            Objects.requireNonNull(problem, "problem");
            detail = detail == null ? "" : detail;
        }
    }

    /** Why no Brigade server could be used, in the terms the person at the terminal can act on. */
    enum Problem {
        /** Nothing listens on that host and port. */
        REFUSED,
        /** The host name does not resolve. */
        UNKNOWN_HOST,
        /** The TLS handshake failed (untrusted certificate, http spoken to an https port or the reverse). */
        TLS,
        /** No answer in time. */
        TIMEOUT,
        /** Another network failure (no route, reset…). */
        NETWORK,
        /** Something answered, but not as a Brigade server does. */
        NOT_BRIGADE,
        /** A Brigade server answered that it is not healthy (e.g. its database is down). */
        UNHEALTHY
    }
}

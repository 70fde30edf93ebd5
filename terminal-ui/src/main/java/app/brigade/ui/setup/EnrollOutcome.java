package app.brigade.ui.setup;

import java.net.URI;
import java.nio.file.Path;

/** How enrolling from the wizard ended; only {@link Enrolled} wrote anything. */
public sealed interface EnrollOutcome {

    /** Enrolled as {@code deviceId}: the token is in {@code dataDir}, the settings in {@code configFile}. */
    record Enrolled(URI server, String deviceId, Path configFile, Path dataDir) implements EnrollOutcome {
    }

    /** No healthy Brigade server at the address; the code was not spent. */
    record Unreachable(ConnectionCheck.Failed check) implements EnrollOutcome {
    }

    /** The server answered but did not enroll (unknown, used or expired code, wrong kind…), in its words. */
    record Refused(URI server, String problemType, String detail) implements EnrollOutcome {
    }
}

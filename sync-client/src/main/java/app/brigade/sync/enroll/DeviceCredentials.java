package app.brigade.sync.enroll;

import app.brigade.store.api.Store;
import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * What enrollment gave this terminal, as kept in its token file: the server it enrolled on, the device
 * id the server assigned (the store's device id) and the bearer token. {@link #toString()} hides the token.
 */
public record DeviceCredentials(URI server, String deviceId, String token, String name, String kind,
        Instant enrolledAt) {

    public DeviceCredentials {
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(enrolledAt, "enrolledAt");
        if (deviceId == null || deviceId.isBlank()) {
            throw new IllegalArgumentException("deviceId is required");
        }
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("token is required");
        }
    }

    /**
     * Refuses a store made for another device: its events would carry the wrong device id and the server
     * would refuse them (or worse, another terminal's sequence would be mixed in).
     *
     * @throws EnrollmentMismatchException naming both ids and what to do
     */
    public void requireMatches(Store store) {
        if (!deviceId.equals(store.deviceId())) {
            throw new EnrollmentMismatchException("the store in " + store.folder() + " belongs to device '"
                    + store.deviceId() + "' but this terminal is enrolled on " + server + " as '" + deviceId
                    + "'; open the store of '" + deviceId + "' or enroll this store's terminal again. Nothing was"
                    + " synced");
        }
    }

    /**
     * Refuses to talk to another server than the one that issued the token.
     *
     * @throws EnrollmentMismatchException naming both URLs
     */
    public void requireServer(URI configured) {
        if (!normalize(configured).equals(normalize(server))) {
            throw new EnrollmentMismatchException("this terminal is enrolled on " + server + " but configured for "
                    + configured + "; enroll it on " + configured + " or fix the server URL in the settings."
                    + " Nothing was synced");
        }
    }

    private static String normalize(URI uri) {
        String s = uri.normalize().toString();
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    @Override
    public String toString() {
        return "DeviceCredentials[server=" + server + ", deviceId=" + deviceId + ", name=" + name + ", kind=" + kind
                + ", enrolledAt=" + enrolledAt + ", token=***]";
    }
}

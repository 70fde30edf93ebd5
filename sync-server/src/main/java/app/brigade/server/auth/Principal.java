package app.brigade.server.auth;

/** Who a bearer token belongs to: an enrolled device, or an administrator (no device). */
public record Principal(Role role, String deviceId) {

    /** What a token may do. */
    public enum Role {
        DEVICE,
        ADMIN
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }
}

package app.brigade.sync.http;

/** The reply of {@code POST /v1/devices/enroll}: the device id the server gave this terminal and its token. */
public record EnrollReply(String deviceId, String token, String name, String kind) {

    @Override
    public String toString() {
        return "EnrollReply[deviceId=" + deviceId + ", name=" + name + ", kind=" + kind + ", token=***]";
    }
}

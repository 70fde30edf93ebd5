package app.brigade.sync.http;

/** The reply of {@code GET /v1/health}. */
public record HealthReply(String status, String version, long feedHead) {
}

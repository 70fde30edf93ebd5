package app.brigade.server.auth;

import app.brigade.server.api.BodyReader;
import app.brigade.server.api.Json;
import app.brigade.server.api.ProblemException;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.Map;

/** {@code POST /v1/devices/enroll}, {@code POST /v1/enrollment-codes}, {@code POST /v1/devices/{id}/revoke}. */
public final class AuthHandlers {

    private final EnrollmentService enrollment;
    private final TokenService tokens;
    private final Access access;
    private final BodyReader body;

    public AuthHandlers(EnrollmentService enrollment, TokenService tokens, Access access, BodyReader body) {
        this.enrollment = enrollment;
        this.tokens = tokens;
        this.access = access;
        this.body = body;
    }

    public void enroll(Context ctx) {
        JsonNode req = object(body.read(ctx));
        EnrollmentService.Enrolled enrolled = enrollment.enroll(text(req, "code"), text(req, "name"),
                text(req, "kind"));
        Json.send(ctx, 201, enrolled);
    }

    public void issueCode(Context ctx) {
        access.admin(ctx);
        JsonNode req = object(body.read(ctx));
        DeviceKind kind = DeviceKind.parse(text(req, "kind"), "kind");
        long ttlMinutes = 24 * 60;
        JsonNode ttl = req.get("ttlMinutes");
        if (ttl != null && !ttl.isNull()) {
            if (!ttl.canConvertToLong() || !ttl.isIntegralNumber() || ttl.asLong() < 1 || ttl.asLong() > 7 * 24 * 60) {
                throw ProblemException.badRequest("invalid-request",
                        "ttlMinutes '" + ttl + "' is not allowed; use 1 to 10080 (7 days)", "ttlMinutes");
            }
            ttlMinutes = ttl.asLong();
        }
        Json.send(ctx, 201, enrollment.issueCode(text(req, "name"), kind, Duration.ofMinutes(ttlMinutes)));
    }

    public void revoke(Context ctx) {
        access.admin(ctx);
        String deviceId = ctx.pathParam("deviceId");
        if (!tokens.revokeDevice(deviceId)) {
            throw new ProblemException(404, "device-unknown", "Unknown device",
                    "device '" + deviceId + "' is not enrolled on this server", Map.of("field", "deviceId"));
        }
        ctx.status(204);
    }

    private static JsonNode object(String json) {
        try {
            JsonNode node = Json.mapper().readTree(json);
            if (node == null || !node.isObject()) {
                throw ProblemException.badRequest("malformed-json", "the body must be a JSON object", "$");
            }
            return node;
        } catch (JacksonException e) {
            throw ProblemException.badRequest("malformed-json", "the body is not valid JSON: " + e.getOriginalMessage(),
                    "$");
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw ProblemException.badRequest("invalid-request", field + " must be a string", field);
        }
        return v.asText();
    }
}

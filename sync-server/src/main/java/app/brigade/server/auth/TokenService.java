package app.brigade.server.auth;

import static app.brigade.server.db.Schema.Devices;
import static app.brigade.server.db.Schema.Tokens;

import app.brigade.server.api.ProblemException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jooq.DSLContext;
import org.jooq.Record;

/** Issues, checks and revokes bearer tokens; only their SHA-256 hashes are stored. */
public final class TokenService {

    private final DSLContext dsl;
    private final Clock clock;

    public TokenService(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** A new administrator token, valid for {@code ttl}; the only time the token is visible. */
    public String createAdminToken(Duration ttl) {
        String token = Secrets.newToken();
        OffsetDateTime now = now();
        dsl.insertInto(Tokens.TABLE)
                .set(Tokens.TOKEN_HASH, Secrets.sha256(token))
                .set(Tokens.ROLE, Principal.Role.ADMIN.name())
                .set(Tokens.CREATED_AT, now)
                .set(Tokens.EXPIRES_AT, now.plus(ttl))
                .execute();
        return token;
    }

    /** A new device token inside the caller's transaction. */
    String createDeviceToken(DSLContext tx, String deviceId) {
        String token = Secrets.newToken();
        tx.insertInto(Tokens.TABLE)
                .set(Tokens.TOKEN_HASH, Secrets.sha256(token))
                .set(Tokens.ROLE, Principal.Role.DEVICE.name())
                .set(Tokens.DEVICE_ID, deviceId)
                .set(Tokens.CREATED_AT, now())
                .execute();
        return token;
    }

    /** Resolves an {@code Authorization} header value, or explains with a 401 why it cannot. */
    public Principal authenticate(String authorization) {
        if (authorization == null || authorization.isBlank()) {
            throw unauthorized("token-missing", "this endpoint needs 'Authorization: Bearer <token>'");
        }
        String[] parts = authorization.trim().split("\\s+", 2);
        if (parts.length != 2 || !parts[0].equalsIgnoreCase("Bearer") || parts[1].isBlank()) {
            throw unauthorized("token-invalid", "the Authorization header must be 'Bearer <token>'");
        }
        Record row = dsl.select(Tokens.ROLE, Tokens.DEVICE_ID, Tokens.EXPIRES_AT, Tokens.REVOKED_AT)
                .from(Tokens.TABLE)
                .where(Tokens.TOKEN_HASH.eq(Secrets.sha256(parts[1])))
                .fetchOne();
        if (row == null) {
            throw unauthorized("token-invalid", "the bearer token is not known to this server; enroll the device again");
        }
        if (row.get(Tokens.REVOKED_AT) != null) {
            throw unauthorized("token-revoked", "the bearer token was revoked; enroll the device again");
        }
        OffsetDateTime expires = row.get(Tokens.EXPIRES_AT);
        if (expires != null && !expires.isAfter(now())) {
            throw unauthorized("token-expired", "the bearer token expired at " + expires + "; ask for a new one");
        }
        return new Principal(Principal.Role.valueOf(row.get(Tokens.ROLE)), row.get(Tokens.DEVICE_ID));
    }

    /** Revokes the device and every token it holds; returns false when the device is unknown. */
    public boolean revokeDevice(String deviceId) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            OffsetDateTime now = now();
            int devices = tx.update(Devices.TABLE).set(Devices.REVOKED_AT, now)
                    .where(Devices.DEVICE_ID.eq(deviceId)).and(Devices.REVOKED_AT.isNull()).execute();
            tx.update(Tokens.TABLE).set(Tokens.REVOKED_AT, now)
                    .where(Tokens.DEVICE_ID.eq(deviceId)).and(Tokens.REVOKED_AT.isNull()).execute();
            return devices > 0 || tx.fetchExists(Devices.TABLE, Devices.DEVICE_ID.eq(deviceId));
        });
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static ProblemException unauthorized(String slug, String detail) {
        return new ProblemException(401, slug, "Unauthorized", detail);
    }
}

package app.brigade.server.auth;

import static app.brigade.server.db.Schema.Devices;
import static app.brigade.server.db.Schema.EnrollmentCodes;

import app.brigade.model.protocol.UuidV7;
import app.brigade.server.api.ProblemException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Record;

/** One-time, expiring enrollment codes that turn into a device id and its bearer token. */
public final class EnrollmentService {

    private final DSLContext dsl;
    private final TokenService tokens;
    private final Clock clock;
    private final UuidV7 ids;

    public EnrollmentService(DSLContext dsl, TokenService tokens, Clock clock) {
        this.dsl = dsl;
        this.tokens = tokens;
        this.clock = clock;
        this.ids = new UuidV7(clock::millis);
    }

    /** A code an admin hands to the person setting up a terminal. */
    public record IssuedCode(String code, String name, String kind, String expiresAt) {
    }

    /** What a terminal receives once: its id and its token. */
    public record Enrolled(String deviceId, String token, String name, String kind) {
    }

    public IssuedCode issueCode(String name, DeviceKind kind, Duration ttl) {
        String clean = requireName(name, "name");
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("an enrollment code must live a positive time, got " + ttl);
        }
        String code = Secrets.newEnrollmentCode();
        OffsetDateTime now = now();
        dsl.insertInto(EnrollmentCodes.TABLE)
                .set(EnrollmentCodes.CODE_HASH, Secrets.sha256(Secrets.normalizeCode(code)))
                .set(EnrollmentCodes.NAME, clean)
                .set(EnrollmentCodes.KIND, kind.wire())
                .set(EnrollmentCodes.CREATED_AT, now)
                .set(EnrollmentCodes.EXPIRES_AT, now.plus(ttl))
                .execute();
        return new IssuedCode(code, clean, kind.wire(), now.plus(ttl).toString());
    }

    /**
     * Redeems a code. {@code name} may rename the terminal; {@code kind}, when given, must match the
     * kind the code was issued for.
     */
    public Enrolled enroll(String code, String name, String kind) {
        if (code == null || code.isBlank()) {
            throw ProblemException.badRequest("invalid-request", "code is required", "code");
        }
        String hash = Secrets.sha256(Secrets.normalizeCode(code));
        String newName = name == null || name.isBlank() ? null : requireName(name, "name");
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            Record row = tx.select(EnrollmentCodes.NAME, EnrollmentCodes.KIND, EnrollmentCodes.EXPIRES_AT,
                            EnrollmentCodes.USED_AT).from(EnrollmentCodes.TABLE).where(EnrollmentCodes.CODE_HASH.eq(hash)).forUpdate()
                    .fetchOne();
            if (row == null) {
                throw forbidden("enrollment-code-unknown", "enrollment code is not known; ask the manager for a new one");
            }
            if (row.get(EnrollmentCodes.USED_AT) != null) {
                throw forbidden("enrollment-code-used", "enrollment code was already used at "
                        + row.get(EnrollmentCodes.USED_AT) + "; each code enrolls one terminal");
            }
            OffsetDateTime now = now();
            if (!row.get(EnrollmentCodes.EXPIRES_AT).isAfter(now)) {
                throw forbidden("enrollment-code-expired", "enrollment code expired at "
                        + row.get(EnrollmentCodes.EXPIRES_AT) + "; ask the manager for a new one");
            }
            String codeKind = row.get(EnrollmentCodes.KIND);
            if (kind != null && !kind.isBlank() && !DeviceKind.parse(kind, "kind").wire().equals(codeKind)) {
                throw new ProblemException(422, "enrollment-kind-mismatch", "Enrollment kind mismatch",
                        "kind '" + kind + "' does not match the code, which was issued for a " + codeKind,
                        Map.of("field", "kind"));
            }
            String deviceId = codeKind + "-" + ids.next();
            String deviceName = newName != null ? newName : row.get(EnrollmentCodes.NAME);
            tx.insertInto(Devices.TABLE)
                    .set(Devices.DEVICE_ID, deviceId)
                    .set(Devices.NAME, deviceName)
                    .set(Devices.KIND, codeKind)
                    .set(Devices.ENROLLED_AT, now)
                    .execute();
            tx.update(EnrollmentCodes.TABLE)
                    .set(EnrollmentCodes.USED_AT, now)
                    .set(EnrollmentCodes.DEVICE_ID, deviceId)
                    .where(EnrollmentCodes.CODE_HASH.eq(hash))
                    .execute();
            String token = tokens.createDeviceToken(tx, deviceId);
            return new Enrolled(deviceId, token, deviceName, codeKind);
        });
    }

    private static String requireName(String name, String field) {
        if (name == null || name.isBlank()) {
            throw ProblemException.badRequest("invalid-request", field + " is required (e.g. \"Bar POS\")", field);
        }
        String clean = name.strip();
        if (clean.length() > 200 || clean.chars().anyMatch(Character::isISOControl)) {
            throw ProblemException.badRequest("invalid-request",
                    field + " must be 1 to 200 characters without control characters", field);
        }
        return clean;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static ProblemException forbidden(String slug, String detail) {
        return new ProblemException(403, slug, "Enrollment refused", detail, Map.of("field", "code"));
    }
}

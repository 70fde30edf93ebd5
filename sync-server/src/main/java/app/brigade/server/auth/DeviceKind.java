package app.brigade.server.auth;

import app.brigade.server.api.ProblemException;
import java.util.Locale;
import java.util.Map;

/** The kinds of terminal that can enroll. */
public enum DeviceKind {
    POS,
    KDS;

    public static DeviceKind parse(String value, String field) {
        if (value != null) {
            for (DeviceKind k : values()) {
                if (k.name().equalsIgnoreCase(value.trim())) {
                    return k;
                }
            }
        }
        throw new ProblemException(400, "invalid-device-kind", "Invalid device kind",
                field + " '" + value + "' is not allowed; use pos or kds", Map.of("field", field));
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}

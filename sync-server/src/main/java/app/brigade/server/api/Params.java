package app.brigade.server.api;

import io.javalin.http.Context;
import java.util.Map;

/** Query parameter parsing whose errors name the parameter, the value and what is allowed. */
public final class Params {

    private Params() {
    }

    public static long longInRange(Context ctx, String name, long min, long max, long fallback) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isEmpty()) {
            return fallback;
        }
        return parse(name, raw, min, max);
    }

    public static long parse(String name, String raw, long min, long max) {
        long value;
        try {
            value = Long.parseLong(raw.trim());
        } catch (NumberFormatException e) {
            throw invalid(name, raw, min, max);
        }
        if (value < min || value > max) {
            throw invalid(name, raw, min, max);
        }
        return value;
    }

    private static ProblemException invalid(String name, String raw, long min, long max) {
        String shown = raw.length() > 40 ? raw.substring(0, 40) + "…" : raw;
        return new ProblemException(400, "invalid-parameter", "Invalid parameter",
                name + " '" + shown + "' is not allowed; expected a whole number from " + min + " to " + max,
                Map.of("field", name));
    }
}

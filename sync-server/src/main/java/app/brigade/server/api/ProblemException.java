package app.brigade.server.api;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request the server refuses for a predictable reason; rendered as {@code application/problem+json}
 * (RFC 9457) with a stable {@code type}. Thrown only at the HTTP edge and by services the edge calls.
 */
public final class ProblemException extends RuntimeException {

    /** URI prefix of every problem type; the slug after it never changes once published. */
    public static final String TYPE_PREFIX = "urn:brigade:problem:";

    private final int status;
    private final String slug;
    private final String title;
    private final Map<String, Object> extensions;

    public ProblemException(int status, String slug, String title, String detail) {
        this(status, slug, title, detail, Map.of());
    }

    public ProblemException(int status, String slug, String title, String detail, Map<String, Object> extensions) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.extensions = new LinkedHashMap<>(extensions);
    }

    public int status() {
        return status;
    }

    public String type() {
        return TYPE_PREFIX + slug;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    public Map<String, Object> extensions() {
        return extensions;
    }

    public static ProblemException badRequest(String slug, String detail, String field) {
        return new ProblemException(400, slug, "Bad request", detail, field == null ? Map.of() : Map.of("field", field));
    }
}

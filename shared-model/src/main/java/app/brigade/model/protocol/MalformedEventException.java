package app.brigade.model.protocol;

/** An event or batch that cannot be read at all: bad JSON or a missing/invalid envelope field. */
public final class MalformedEventException extends RuntimeException {

    private final String field;

    public MalformedEventException(String field, String message) {
        super(message);
        this.field = field;
    }

    public MalformedEventException(String field, String message, Throwable cause) {
        super(message, cause);
        this.field = field;
    }

    /** The JSON path of the offending field, e.g. {@code events[3].deviceSeq}, or {@code $} for the whole body. */
    public String field() {
        return field;
    }
}

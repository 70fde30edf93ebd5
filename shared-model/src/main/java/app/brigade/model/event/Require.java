package app.brigade.model.event;

/** Argument checks shared by the payload records, with messages that name the field. */
final class Require {

    private Require() {
    }

    static void id(String value, String field) {
        text(value, field);
        if (value.length() > 64) {
            throw new IllegalArgumentException(field + " must be at most 64 characters");
        }
    }

    static void text(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
    }
}
